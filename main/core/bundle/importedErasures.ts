import type { CafeSession, Member } from '../../../shared/domain';
import type { AppContext } from '../app';
import { updateRecord } from '../records';
import { attendeesErased, erasedEntries } from '../services/sessionAttendance';
import type { StoredRecord } from '../store/documentStore';
import type { ImportPlan } from './plan';

/**
 * An erasure that arrives in a bundle (a profile tombstone; deleting a
 * profile erases it, docs/privacy.md) also erases that person from this
 * install's attendee lists, which never travel and so can only be cleaned
 * here. The changed sessions join the import's plan — one commit, and undo
 * restores them with the profile. Returns how many entries are erased.
 */
export function eraseImportedFromAttendees(app: AppContext, plan: ImportPlan): number {
  const erased = plan.ops.flatMap((op) => {
    if (op.kind !== 'put' || op.collection !== 'members' || !(op.record as Partial<Member>).deleted) return [];
    const local = app.store.get('members', op.record.id) as Member | undefined;
    if (local?.deleted) return [];
    // The copy here still has the e-mail the person may have registered with as a guest.
    return [{ id: op.record.id, email: local?.email ?? '' }];
  });
  if (erased.length === 0) return 0;

  // Sessions as the import leaves them: the merged copy where the bundle brings one.
  const planned = new Map(plan.ops.flatMap((op, index) => (op.kind === 'put' && op.collection === 'sessions' ? [[op.record.id, index] as const] : [])));
  const current = (session: CafeSession) => {
    const index = planned.get(session.id);
    return index === undefined ? session : ((plan.ops[index] as { record: StoredRecord }).record as unknown as CafeSession);
  };
  const sessions = new Map(app.repos.sessions.listAll().map((s) => [s.id, current(s)]));
  for (const [id, index] of planned) if (!sessions.has(id)) sessions.set(id, (plan.ops[index] as { record: StoredRecord }).record as unknown as CafeSession);

  // The new stamps must not fall behind the bundle's, which the clock is about to pass anyway.
  if (plan.latestStamp) app.records.clock.observe(plan.latestStamp);
  let entries = 0;
  for (const member of erased) {
    const changes = attendeesErased([...sessions.values()], member);
    entries += erasedEntries(changes, member);
    for (const { session, attendees } of changes) {
      const next = updateRecord(app.records, session, { attendees } satisfies Partial<CafeSession>);
      sessions.set(session.id, next);
      putInPlan(plan, next as unknown as StoredRecord, planned, app.store.get('sessions', session.id) ?? null);
    }
  }
  return entries;
}

/** Replaces the plan's write of this session, or adds one; undo then restores the session as it was before the import. */
function putInPlan(plan: ImportPlan, record: StoredRecord, planned: Map<string, number>, before: StoredRecord | null): void {
  const index = planned.get(record.id);
  if (index !== undefined) {
    plan.ops[index] = { kind: 'put', collection: 'sessions', record };
    const entry = plan.touched.find((t) => t.c === 'sessions' && t.id === record.id);
    if (entry) entry.after = record.rev as string;
    return;
  }
  planned.set(record.id, plan.ops.length);
  plan.ops.push({ kind: 'put', collection: 'sessions', record });
  plan.touched.push({ c: 'sessions', id: record.id, before, after: record.rev as string });
}
