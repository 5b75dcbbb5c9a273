import type { Handlers } from '../../shared/contract';
import type { AppContext } from './app';
import { attachmentHandlers } from './attachments';
import { headlessPlatform, type Platform } from './platform';
import { activityHandlers } from './services/activities';
import { appHandlers } from './services/appInfo';
import { badgeHandlers } from './services/badges';
import { backupHandlers } from './services/backup';
import { bundleHandlers } from './services/bundles';
import { exchangeHandlers } from './services/exchange';
import { learningHandlers } from './services/learning';
import { memberHandlers } from './services/members';
import { overviewHandlers } from './services/overview';
import { plgHandlers } from './services/plgs';
import { popHandlers } from './services/pop';
import { privacyHandlers } from './services/privacy';
import { questionHandlers } from './services/questions';
import { researchHandlers } from './services/research';
import { searchHandlers } from './services/search';
import { sessionHandlers } from './services/sessions';
import { startHandlers } from './services/start';
import { syncHandlers } from './services/sync';

/** Each domain contributes its handlers; together they must cover the contract exactly. */
export function createHandlers(app: AppContext, platform: Platform = headlessPlatform): Handlers {
  return {
    ...appHandlers(app, platform.keyVault),
    ...bundleHandlers(app),
    ...memberHandlers(app),
    ...plgHandlers(app),
    ...researchHandlers(app),
    ...attachmentHandlers(app, platform),
    ...questionHandlers(app),
    ...sessionHandlers(app),
    ...exchangeHandlers(app, platform.keyVault),
    ...searchHandlers(app),
    ...privacyHandlers(app),
    ...activityHandlers(app),
    ...overviewHandlers(app),
    ...learningHandlers(app),
    ...popHandlers(app),
    ...badgeHandlers(app, platform.keyVault),
    ...syncHandlers(app, platform.keyVault),
    ...backupHandlers(app),
    ...startHandlers(app),
    async 'links:open'({ url }) {
      return { opened: await platform.openExternal(url) };
    },
  };
}
