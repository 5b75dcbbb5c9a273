import { activitiesFeature } from './activities/feature';
import { exchangeFeature } from './exchange/feature';
import { learningFeature } from './learning/feature';
import { membersFeature } from './members/feature';
import { overviewFeature } from './overview/feature';
import { plgsFeature } from './plgs/feature';
import { privacyFeature } from './privacy/feature';
import { questionsFeature } from './questions/feature';
import { researchFeature } from './research/feature';
import { searchFeature } from './search/feature';
import { sessionsFeature } from './sessions/feature';
import { settingsFeature } from './settings/feature';
import { startFeature } from './start/feature';
import type { Feature } from './types';

/**
 * Every feature of the app, in menu order. A new feature is a folder with a
 * `feature.ts` (and its i18n namespace files) plus one line here.
 */
export const FEATURES: Feature[] = [
  startFeature,
  membersFeature,
  plgsFeature,
  researchFeature,
  questionsFeature,
  sessionsFeature,
  activitiesFeature,
  overviewFeature,
  learningFeature,
  searchFeature,
  exchangeFeature,
  privacyFeature,
  settingsFeature,
];

/** Where the app opens: the start page. */
export const HOME_PATH = '/';
