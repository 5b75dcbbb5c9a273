import type { Feature } from '../types';
import { SettingsPage } from './SettingsPage';

export const settingsFeature: Feature = {
  routes: [{ path: '/settings', component: SettingsPage }],
  nav: [{ path: '/settings', labelKey: 'settings:nav', icon: 'settings' }],
};
