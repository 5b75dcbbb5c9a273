import type { Feature } from '../types';
import { EditSessionPage } from './EditSessionPage';
import { NewSessionPage } from './NewSessionPage';
import { SessionPage } from './SessionPage';
import { SessionsPage } from './SessionsPage';

export const sessionsFeature: Feature = {
  routes: [
    { path: '/sessions', component: SessionsPage },
    { path: '/sessions/new', component: NewSessionPage },
    { path: '/sessions/:id/edit', component: EditSessionPage },
    { path: '/sessions/:id', component: SessionPage },
  ],
  nav: [{ path: '/sessions', labelKey: 'sessions:nav', icon: 'calendar' }],
};
