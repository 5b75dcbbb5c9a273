import type { Feature } from '../types';
import { ConflictsPage } from './ConflictsPage';
import { ExchangePage } from './ExchangePage';
import { ExportPage } from './ExportPage';
import { ImportPage } from './ImportPage';
import { MembersImportPage } from './MembersImportPage';

export const exchangeFeature: Feature = {
  routes: [
    { path: '/exchange', component: ExchangePage },
    { path: '/exchange/export/:sessionId?', component: ExportPage },
    { path: '/exchange/import', component: ImportPage },
    { path: '/exchange/conflicts', component: ConflictsPage },
    { path: '/exchange/members', component: MembersImportPage },
  ],
  nav: [{ path: '/exchange', labelKey: 'exchange:nav', icon: 'swap' }],
};
