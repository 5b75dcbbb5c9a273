import type { Feature } from '../types';
import { EditPlgPage } from './EditPlgPage';
import { NewPlgPage } from './NewPlgPage';
import { PLGS_PATH } from './paths';
import { PlgPage } from './PlgPage';
import { PlgsPage } from './PlgsPage';

export const plgsFeature: Feature = {
  routes: [
    { path: PLGS_PATH, component: PlgsPage },
    { path: `${PLGS_PATH}/new`, component: NewPlgPage },
    { path: `${PLGS_PATH}/:id/edit`, component: EditPlgPage },
    { path: `${PLGS_PATH}/:id`, component: PlgPage },
  ],
  nav: [{ path: PLGS_PATH, labelKey: 'plgs:nav', icon: 'community' }],
};
