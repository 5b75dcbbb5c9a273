import type { Feature } from '../types';
import { ExpertsPage } from './ExpertsPage';
import { MarketplacePage } from './MarketplacePage';
import { EXPERTS_PATH, MARKETPLACE_PATH, SEARCH_PATH } from './searchLocation';
import { SearchPage } from './SearchPage';

/** The search box lives in the app shell; this adds its results page, "wie weet iets van …?" and the marketplace. */
export const searchFeature: Feature = {
  routes: [
    { path: SEARCH_PATH, component: SearchPage },
    { path: EXPERTS_PATH, component: ExpertsPage },
    { path: MARKETPLACE_PATH, component: MarketplacePage },
  ],
  nav: [
    { path: EXPERTS_PATH, labelKey: 'search:nav.experts', icon: 'lightbulb' },
    { path: MARKETPLACE_PATH, labelKey: 'search:nav.marketplace', icon: 'market' },
  ],
};
