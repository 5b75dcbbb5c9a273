import { v7 as uuidv7 } from 'uuid';
import { ENVELOPE_KEYS, type Envelope } from '../../shared/domain';
import type { HybridClock } from '../../shared/hlc';

/**
 * Creating, changing and deleting records: the envelope bookkeeping that
 * merging depends on (docs/data-model.md) lives here and nowhere else.
 */

type Fields = Record<string, unknown>;

export interface RecordContext {
  clock: HybridClock;
  installId: string;
  now: () => Date;
}

export interface CreateOptions {
  demo?: boolean;
  /** A preset id (demo data); otherwise a new UUIDv7. */
  id?: string;
}

export function createRecord<F extends Fields>(ctx: RecordContext, fields: F, options: CreateOptions = {}): Envelope & F {
  const rev = ctx.clock.tick();
  const at = ctx.now().toISOString();
  const fieldRevs = Object.fromEntries(Object.keys(fields).map((key) => [key, rev]));
  return {
    id: options.id ?? uuidv7(),
    rev,
    fieldRevs,
    origin: ctx.installId,
    createdAt: at,
    updatedAt: at,
    deleted: false,
    demo: options.demo ?? false,
    ...fields,
  };
}

/** Applies new field values; only fields whose value really changed get a new stamp. */
export function updateRecord<R extends Envelope>(ctx: RecordContext, record: R, fields: Fields): R {
  const changed = Object.keys(fields).filter(
    (key) => !ENVELOPE_KEYS.includes(key as keyof Envelope) && !sameValue(record[key as keyof R], fields[key]),
  );
  if (changed.length === 0) return record;
  const rev = ctx.clock.tick();
  const fieldRevs = { ...record.fieldRevs };
  for (const key of changed) fieldRevs[key] = rev;
  return { ...record, ...pick(fields, changed), rev, fieldRevs, updatedAt: ctx.now().toISOString() };
}

/** A deletion is a change like any other, so it travels to other installs and wins by its stamp. */
export function tombstone<R extends Envelope>(ctx: RecordContext, record: R, erasedFields: Fields = {}): R {
  const rev = ctx.clock.tick();
  const fieldRevs: Record<string, string> = { ...record.fieldRevs, deleted: rev };
  for (const key of Object.keys(erasedFields)) fieldRevs[key] = rev;
  return { ...record, ...erasedFields, deleted: true, rev, fieldRevs, updatedAt: ctx.now().toISOString() };
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function pick(fields: Fields, keys: string[]): Fields {
  return Object.fromEntries(keys.map((key) => [key, fields[key]]));
}
