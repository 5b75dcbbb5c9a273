import type { Feature } from '../types';
import { StartPage } from './StartPage';

/** The start page at `#/`: what is new since the last visit, and the usual ways on. */
export const startFeature: Feature = {
  routes: [{ path: '/', component: StartPage }],
  nav: [{ path: '/', labelKey: 'start:nav', icon: 'home' }],
};
