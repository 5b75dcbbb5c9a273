import type { Handlers } from '../../../shared/contract';
import type { AppContext } from '../app';

type SearchHandlers = Pick<Handlers, 'search:query' | 'search:experts' | 'search:marketplace'>;

/** The search box, "wie weet iets van …?" and the marketplace, over the app's live index. */
export function searchHandlers(app: AppContext): SearchHandlers {
  return {
    async 'search:query'(query) {
      return app.search.search(query);
    },
    async 'search:experts'({ topic, limit }) {
      return app.search.expertsCounted(topic, limit);
    },
    async 'search:marketplace'() {
      return app.search.marketplace();
    },
  };
}
