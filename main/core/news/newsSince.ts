import type { NewsItem } from '../../../shared/contract';
import { COLLECTION_NAMES, type AnyRecord, type CafeSession, type Question } from '../../../shared/domain';
import { parseHlc } from '../../../shared/hlc';
import { ownersOf } from '../../../shared/ownership';
import type { ExchangeHost } from '../bundle/host';
import { titleOf } from '../bundle/plan';
import { canDecide, listSuggestions } from '../bundle/suggestions';
import type { StoredRecord } from '../store/documentStore';

export interface NewsQuery {
  meId: string;
  /** The previous visit, an ISO instant: only what happened after it is news. */
  since: string;
  /** This install's ids (the current one and any it wrote under before): what they wrote, "me" did here. */
  ownInstalls: ReadonlySet<string>;
}

/** Fields with news of their own kind: an answer, a registration, an action. Changes to them are not listed again. */
const OWN_KIND: Partial<Record<string, readonly string[]>> = { questions: ['answers'], sessions: ['attendees', 'actions'] };

const live = <R extends AnyRecord>(host: ExchangeHost, collection: string) => (host.store.all(collection) as unknown as R[]).filter((r) => !r.deleted);

function answers(host: ExchangeHost, { meId }: NewsQuery, after: (at: string) => boolean): NewsItem[] {
  return live<Question>(host, 'questions')
    .filter((q) => q.authorId === meId)
    .flatMap((q) =>
      q.answers
        .filter((a) => a.authorId !== meId && after(a.createdAt))
        .map((a): NewsItem => ({ kind: 'answer', at: a.createdAt, questionId: q.id, questionTitle: q.title, answerId: a.id, authorId: a.authorId })),
    );
}

/** Per café I organise, who registered (or joined the waiting list) since; one item per café. */
function registrations(host: ExchangeHost, { meId }: NewsQuery, after: (at: string) => boolean): NewsItem[] {
  return live<CafeSession>(host, 'sessions')
    .filter((s) => s.organiserIds.includes(meId))
    .flatMap((s): NewsItem[] => {
      const fresh = s.attendees.filter((a) => a.memberId !== meId && a.status !== 'afgemeld' && after(a.registeredAt));
      if (fresh.length === 0) return [];
      const at = fresh.map((a) => a.registeredAt).reduce((x, y) => (Date.parse(x) > Date.parse(y) ? x : y));
      return [{ kind: 'registration', at, sessionId: s.id, sessionTitle: s.title, names: fresh.map((a) => a.name) }];
    });
}

/**
 * Café actions given to me that are not done, where the actions were last
 * changed after my visit on another install (an action has no date of its
 * own; one I wrote down myself is no news to me).
 */
function actions(host: ExchangeHost, { meId, ownInstalls }: NewsQuery, after: (at: string) => boolean): NewsItem[] {
  return live<CafeSession>(host, 'sessions').flatMap((s) => {
    const stamp = s.fieldRevs.actions;
    if (!stamp) return [];
    const { ms, node } = parseHlc(stamp);
    const at = new Date(ms).toISOString();
    if (ownInstalls.has(node) || !after(at)) return [];
    return s.actions
      .filter((a) => a.ownerId === meId && a.status !== 'klaar')
      .map((a): NewsItem => ({ kind: 'action', at, sessionId: s.id, sessionTitle: s.title, actionId: a.id, text: a.text, due: a.due }));
  });
}

/** Records "me" owns that another install changed (a co-author, a co-organiser, my other laptop), or made with me among its owners. */
function changes(host: ExchangeHost, { meId, ownInstalls }: NewsQuery, after: (at: string) => boolean): NewsItem[] {
  const out: NewsItem[] = [];
  for (const collection of COLLECTION_NAMES) {
    const ownKind = OWN_KIND[collection] ?? [];
    for (const record of host.store.all(collection) as unknown as AnyRecord[]) {
      if (!ownersOf(collection, record).includes(meId)) continue;
      let latest = 0;
      const fields: string[] = [];
      for (const [field, stamp] of Object.entries(record.fieldRevs)) {
        const { ms, node } = parseHlc(stamp);
        if (ownInstalls.has(node) || ownKind.includes(field) || !after(new Date(ms).toISOString())) continue;
        fields.push(field);
        latest = Math.max(latest, ms);
      }
      // Edits merged into a record deleted earlier are kept, not shown (docs/data-model.md).
      if (fields.length === 0 || (record.deleted && !fields.includes('deleted'))) continue;
      const isNew = !ownInstalls.has(record.origin) && after(record.createdAt);
      out.push({
        kind: 'change',
        at: new Date(latest).toISOString(),
        collection,
        recordId: record.id,
        title: titleOf(record),
        isNew,
        deleted: record.deleted,
        fields: isNew || record.deleted ? [] : fields.filter((f) => f !== 'deleted'),
      });
    }
  }
  return out;
}

/** Colleagues' suggestions that arrived since, on records "me" decides on. */
function suggestions(host: ExchangeHost, after: (at: string) => boolean): NewsItem[] {
  return listSuggestions(host).flatMap((s): NewsItem[] => {
    const record = host.store.get(s.collection, s.recordId) as (StoredRecord & { origin: string; deleted?: boolean }) | undefined;
    if (!record || record.deleted || !after(s.receivedAt) || !canDecide(host, s.collection, record)) return [];
    return [{ kind: 'suggestion', at: s.receivedAt, collection: s.collection, recordId: s.recordId, title: titleOf(record as unknown as AnyRecord), from: s.from.name, fields: Object.keys(s.fields) }];
  });
}

/**
 * What is new for "me" since `since`, newest first. Pure over what the store
 * holds: the start page, and a test, ask it with any moment.
 */
export function newsSince(host: ExchangeHost, query: NewsQuery): NewsItem[] {
  const since = Date.parse(query.since);
  const after = (at: string) => Date.parse(at) > since;
  return [...answers(host, query, after), ...registrations(host, query, after), ...actions(host, query, after), ...changes(host, query, after), ...suggestions(host, after)].sort(
    (a, b) => Date.parse(b.at) - Date.parse(a.at),
  );
}
