import type { Feature } from '../types';
import { ActivitiesPage } from './ActivitiesPage';
import { ActivityPage } from './ActivityPage';
import { EditActivityPage } from './EditActivityPage';
import { NewActivityPage } from './NewActivityPage';

export const activitiesFeature: Feature = {
  routes: [
    { path: '/activities', component: ActivitiesPage },
    { path: '/activities/new', component: NewActivityPage },
    { path: '/activities/:id/edit', component: EditActivityPage },
    { path: '/activities/:id', component: ActivityPage },
  ],
  nav: [{ path: '/activities', labelKey: 'activities:nav', icon: 'activity' }],
};
