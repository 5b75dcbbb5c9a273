import type { Handlers, StartNews } from '../../../shared/contract';
import type { AppContext } from '../app';
import { newsSince } from '../news/newsSince';
import { readWriter } from '../sync/state';
import { peopleOf } from './people';

type StartHandlers = Pick<Handlers, 'start:news'>;

/** The start page shows the newest this many; `total` says how many there are. */
export const NEWS_SHOWN = 40;

export function startNews(app: AppContext): StartNews {
  const { meId, previousOpenedAt: since } = app.settings.get();
  const me = meId ? peopleOf(app, [meId])[0] ?? null : null;
  if (!me || !since) return { me, since, items: [], total: 0, people: [] };
  const ownInstalls = new Set([app.install.installId, ...readWriter(app).formerIds]);
  const all = newsSince(app, { meId: me.id, since, ownInstalls });
  const items = all.slice(0, NEWS_SHOWN);
  return { me, since, items, total: all.length, people: peopleOf(app, items.flatMap((i) => (i.kind === 'answer' ? [i.authorId] : []))) };
}

export function startHandlers(app: AppContext): StartHandlers {
  return {
    async 'start:news'() {
      return startNews(app);
    },
  };
}
