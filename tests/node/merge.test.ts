import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/canonicalJson';
import { formatHlc } from '../../shared/hlc';
import { detectConflicts, mergeInto, mergeRecords, settles, type Conflict, type MergeableRecord } from '../../shared/merge';

const T0 = Date.UTC(2026, 0, 1);
const NODES = ['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb', 'cccccccccccccccc'] as const;
const [A, B, C] = NODES;
const at = (ms: number, node: string, counter = 0) => formatHlc({ ms: T0 + ms, counter, node });
const ID = '01940000-0000-7000-8000-000000000001';

/** A PLG-shaped record whose fields carry the given stamps (and optional bases). */
function plg(fields: Record<string, { value: unknown; rev?: string; base?: string }>, extra: Partial<MergeableRecord> = {}): MergeableRecord {
  const fieldRevs: Record<string, string> = {};
  const fieldBase: Record<string, string> = {};
  const values: Record<string, unknown> = { name: 'PLG', description: '', institutions: [] };
  let deleted = false;
  for (const [field, { value, rev, base }] of Object.entries(fields)) {
    if (field === 'deleted') deleted = value as boolean;
    else values[field] = value;
    if (rev) fieldRevs[field] = rev;
    if (base) fieldBase[field] = base;
  }
  const rev = Object.values(fieldRevs).sort().at(-1) ?? at(0, A);
  return {
    id: ID,
    rev,
    fieldRevs,
    ...(Object.keys(fieldBase).length > 0 ? { fieldBase } : {}),
    origin: A,
    createdAt: new Date(T0).toISOString(),
    updatedAt: new Date(T0 + 1000).toISOString(),
    deleted,
    demo: false,
    ...values,
    ...extra,
  };
}

// Few values, few stamps: ties and equal stamps with different values happen often.
const stamp = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 1 }), fc.constantFrom(...NODES)).map(([ms, c, n]) => at(ms, n, c));
const field = <T>(values: fc.Arbitrary<T>) => fc.record({ value: values, rev: fc.option(stamp, { nil: undefined }), base: fc.option(stamp, { nil: undefined }) });
const copy = fc
  .record({
    name: field(fc.constantFrom('PLG Feedback', 'PLG Formatief', 'PLG Ünal')),
    description: field(fc.constantFrom('', 'Samen leren', 'Coöperatief')),
    institutions: field(fc.constantFrom([], ['ROC Rijnland'], ['ROC Rijnland', "'t Hart College"])),
    deleted: field(fc.boolean()),
  })
  .chain((fields) =>
    fc
      .record({
        updatedAt: fc.integer({ min: 0, max: 3 }).map((s) => new Date(T0 + s * 1000).toISOString()),
        createdAt: fc.integer({ min: 0, max: 1 }).map((s) => new Date(T0 + s).toISOString()),
        origin: fc.constantFrom(...NODES),
        demo: fc.boolean(),
      })
      .map((extra) => plg(fields, extra)),
  );

const same = (x: unknown, y: unknown) => expect(canonicalJson(x)).toBe(canonicalJson(y));

describe('the merge rule', () => {
  it('is commutative, associative and idempotent, so the order of imports does not matter', () => {
    fc.assert(
      fc.property(copy, copy, copy, (a, b, c) => {
        same(mergeRecords(a, b), mergeRecords(b, a));
        same(mergeRecords(a, mergeRecords(b, c)), mergeRecords(mergeRecords(a, b), c));
        const ab = mergeRecords(a, b);
        same(mergeRecords(ab, ab), ab);
        expect(mergeInto(ab, b).changed).toBe(false);
        expect(mergeInto(ab, a).changed).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });

  it('takes every field from the side with the higher stamp, the tombstone included', () => {
    fc.assert(
      fc.property(copy, copy, (a, b) => {
        const merged = mergeRecords(a, b);
        for (const f of ['name', 'description', 'institutions', 'deleted']) {
          const ra = a.fieldRevs[f] ?? '';
          const rb = b.fieldRevs[f] ?? '';
          if (ra !== rb) same(merged[f], (ra > rb ? a : b)[f]);
          expect(merged.fieldRevs[f] ?? '').toBe(ra > rb ? ra : rb);
        }
        expect(merged.rev).toBe(a.rev > b.rev ? a.rev : b.rev);
      }),
      { numRuns: 1_000 },
    );
  });

  it('breaks equal wall times by the install id inside the stamp', () => {
    const fromA = plg({ name: { value: 'Van A', rev: at(5, A) } });
    const fromB = plg({ name: { value: 'Van B', rev: at(5, B) } });
    expect(mergeRecords(fromA, fromB).name).toBe('Van B');
    expect(mergeRecords(fromB, fromA).name).toBe('Van B');
  });
});

describe('conflicts: both sides changed the same field since their common revision', () => {
  const s0 = at(0, A);

  it('sees concurrent edits of one field, but not edits of different fields', () => {
    const onA = plg({ name: { value: 'Van A', rev: at(2, A) }, description: { value: '', rev: s0 } });
    const onB = plg({ name: { value: 'Van B', rev: at(3, B), base: s0 }, description: { value: 'Ook B', rev: at(3, B), base: s0 } });
    // A wrote its name on its own record (s0 is A's too), B on top of s0: concurrent.
    expect(detectConflicts(onA, onB, A).map((c) => [c.field, c.winner])).toEqual([['name', 'incoming']]);
    expect(detectConflicts(onB, onA, B).map((c) => [c.field, c.winner])).toEqual([['name', 'local']]);
  });

  it('sees no conflict when one side wrote on top of the other, even after several own edits', () => {
    const onA = plg({ name: { value: 'Van A', rev: at(2, A) } });
    // B changed the name twice after receiving A's value: its base stays A's stamp.
    const onB = plg({ name: { value: 'Twee keer B', rev: at(5, B), base: at(2, A) } });
    expect(detectConflicts(onA, onB, A)).toEqual([]);
    // Old news from B (A already has a later own edit on top of it) is no conflict either.
    const later = plg({ name: { value: 'Weer A', rev: at(6, A), base: at(5, B) } });
    expect(detectConflicts(later, onB, A)).toEqual([]);
  });

  it('leaves conflicts between two others to them: an install that did not edit the field sees none', () => {
    const onC = plg({ name: { value: 'Van A', rev: at(2, A) } });
    const fromB = plg({ name: { value: 'Van B', rev: at(3, B), base: s0 } });
    expect(detectConflicts(onC, fromB, C)).toEqual([]);
  });

  it('treats equal values as agreement, and a pick that saw both sides as the end of the conflict', () => {
    const onA = plg({ name: { value: 'Zelfde', rev: at(2, A) } });
    const onB = plg({ name: { value: 'Zelfde', rev: at(3, B), base: s0 } });
    expect(detectConflicts(onA, onB, A)).toEqual([]);
    const conflict = { local: { value: 'Van A', rev: at(2, A) }, incoming: { value: 'Van B', rev: at(3, B) } } as Conflict;
    expect(settles({ value: 'Van B', rev: at(4, B), base: at(2, A) }, conflict)).toBe(true);
    expect(settles({ value: 'Van B', rev: at(4, B), base: s0 }, conflict)).toBe(false);
  });
});
