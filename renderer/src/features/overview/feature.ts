import type { Feature } from '../types';
import { OverviewPage } from './OverviewPage';

export const overviewFeature: Feature = {
  routes: [{ path: '/overview', component: OverviewPage }],
  nav: [{ path: '/overview', labelKey: 'overview:nav', icon: 'chart' }],
};
