import type { ComponentType } from 'react';
import type { IconName } from '../components/Icon';

export interface FeatureRoute {
  /** wouter pattern, e.g. `/members/:id`; more specific patterns first. */
  path: string;
  component: ComponentType;
}

export interface NavItem {
  path: string;
  /** i18n key with namespace, e.g. `members:nav.colleagues`. */
  labelKey: string;
  icon: IconName;
}

/** What a feature folder contributes to the app: its pages and its menu entries. */
export interface Feature {
  routes: FeatureRoute[];
  nav: NavItem[];
}
