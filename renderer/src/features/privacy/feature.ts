import type { Feature } from '../types';
import { MyDataPage } from './MyDataPage';

export const privacyFeature: Feature = {
  routes: [{ path: '/privacy', component: MyDataPage }],
  nav: [{ path: '/privacy', labelKey: 'privacy:nav', icon: 'key' }],
};
