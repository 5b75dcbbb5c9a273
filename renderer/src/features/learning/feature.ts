import type { Feature } from '../types';
import { EditEntryPage, NewEntryPage } from './EntryFormPages';
import { EntryPage } from './EntryPage';
import { LearningLogPage } from './LearningLogPage';
import { PopPage } from './PopPage';
import { TeamOverviewPage } from './TeamOverviewPage';

export const learningFeature: Feature = {
  routes: [
    { path: '/learning', component: LearningLogPage },
    { path: '/learning/new', component: NewEntryPage },
    { path: '/learning/:id/edit', component: EditEntryPage },
    { path: '/learning/:id', component: EntryPage },
    { path: '/pop', component: PopPage },
    { path: '/team-overview', component: TeamOverviewPage },
  ],
  nav: [
    { path: '/learning', labelKey: 'learning:nav.log', icon: 'book' },
    { path: '/pop', labelKey: 'learning:nav.pop', icon: 'pin' },
    { path: '/team-overview', labelKey: 'learning:nav.team', icon: 'users' },
  ],
};
