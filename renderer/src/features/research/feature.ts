import type { Feature } from '../types';
import { EditResearchPage } from './EditResearchPage';
import { ImportPage } from './ImportPage';
import { NewResearchPage } from './NewResearchPage';
import { ResearchListPage } from './ResearchListPage';
import { ResearchPage } from './ResearchPage';

export const researchFeature: Feature = {
  routes: [
    { path: '/research', component: ResearchListPage },
    { path: '/research/new', component: NewResearchPage },
    { path: '/research/import', component: ImportPage },
    { path: '/research/:id/edit', component: EditResearchPage },
    { path: '/research/:id', component: ResearchPage },
  ],
  nav: [{ path: '/research', labelKey: 'research:nav', icon: 'book' }],
};
