import type { Handlers } from '../../../shared/contract';
import type { AppContext } from '../app';

type SearchHandlers = Pick<Handlers, 'search:query' | 'search:experts' | 'search:marketplace' | 'search:status'>;

/**
 * The search box, "wie weet iets van …?" and the marketplace, over the app's
 * live index. The index loads in the background after the app opens; a
 * search that comes first waits for it without holding up anything else.
 */
export function searchHandlers(app: AppContext): SearchHandlers {
  return {
    async 'search:query'(query) {
      await app.search.whenReady();
      return app.search.search(query);
    },
    async 'search:experts'({ topic, limit }) {
      await app.search.whenReady();
      return app.search.expertsCounted(topic, limit);
    },
    async 'search:marketplace'() {
      await app.search.whenReady();
      return app.search.marketplace();
    },
    async 'search:status'() {
      return { ready: app.search.ready };
    },
  };
}
