import { v7 as uuidv7 } from 'uuid';
import { ENVELOPE_KEYS, type Envelope } from '../../shared/domain';
import { hlcNode, type Hlc, type HybridClock } from '../../shared/hlc';

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
  /** When it was made, for demo records dated in the past (a question asked months ago); otherwise now. */
  createdAt?: string;
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
    createdAt: options.createdAt ?? at,
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
  return withBase({ ...record, ...pick(fields, changed), rev, fieldRevs, updatedAt: ctx.now().toISOString() }, rebase(ctx, record, changed));
}

/** A deletion is a change like any other, so it travels to other installs and wins by its stamp. */
export function tombstone<R extends Envelope>(ctx: RecordContext, record: R, erasedFields: Fields = {}): R {
  const rev = ctx.clock.tick();
  const keys = ['deleted', ...Object.keys(erasedFields)];
  const fieldRevs: Record<string, string> = { ...record.fieldRevs };
  for (const key of keys) fieldRevs[key] = rev;
  return withBase(
    { ...record, ...erasedFields, deleted: true, rev, fieldRevs, updatedAt: ctx.now().toISOString() },
    rebase(ctx, record, keys),
  );
}

/**
 * The user's pick in a conflict: a new local edit of one field, even when the
 * value stays the same, written on top of the other install's value so that
 * neither side sees the two as concurrent again.
 */
export function resolveField<R extends Envelope>(ctx: RecordContext, record: R, field: string, value: unknown, seen: Hlc): R {
  const rev = ctx.clock.tick();
  const fieldBase = { ...record.fieldBase, [field]: seen };
  return { ...record, [field]: value, rev, fieldRevs: { ...record.fieldRevs, [field]: rev }, fieldBase, updatedAt: ctx.now().toISOString() };
}

/**
 * A field's base is the newest value from another install that local edits
 * were made on top of: a run of local edits keeps the base of the first, so
 * the other install still recognises its own value underneath.
 */
function rebase(ctx: RecordContext, record: Envelope, keys: string[]): Record<string, Hlc> {
  const base: Record<string, Hlc> = { ...record.fieldBase };
  for (const key of keys) {
    const current = record.fieldRevs[key];
    if (current && hlcNode(current) !== ctx.installId) base[key] = current;
  }
  return base;
}

function withBase<R extends Envelope>(record: R, base: Record<string, Hlc>): R {
  const { fieldBase: _old, ...rest } = record;
  return (Object.keys(base).length > 0 ? { ...rest, fieldBase: base } : rest) as R;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function pick(fields: Fields, keys: string[]): Fields {
  return Object.fromEntries(keys.map((key) => [key, fields[key]]));
}
