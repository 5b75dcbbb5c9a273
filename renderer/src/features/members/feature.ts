import type { Feature } from '../types';
import { ColleaguesPage } from './ColleaguesPage';
import { EditProfilePage } from './EditProfilePage';
import { MyProfilePage } from './MyProfilePage';
import { NewProfilePage } from './NewProfilePage';
import { ProfilePage } from './ProfilePage';

export const membersFeature: Feature = {
  routes: [
    { path: '/members', component: ColleaguesPage },
    { path: '/members/new', component: NewProfilePage },
    { path: '/members/:id/edit', component: EditProfilePage },
    { path: '/members/:id', component: ProfilePage },
    { path: '/me', component: MyProfilePage },
  ],
  nav: [
    { path: '/members', labelKey: 'members:nav.colleagues', icon: 'users' },
    { path: '/me', labelKey: 'members:nav.me', icon: 'user' },
  ],
};
