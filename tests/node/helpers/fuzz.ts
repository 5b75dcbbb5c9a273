import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * Shared pieces of the property-based fuzz tests (tests/node/fuzz*.test.ts):
 * run counts, hostile values, near-valid mutations of a valid input, and the
 * prototype-pollution check.
 */

/** `FUZZ_RUNS=20 npm run test:stress` runs every property twenty times as often as `npm test`. */
export const FUZZ_SCALE = Math.max(1, Number(process.env.FUZZ_RUNS ?? 1) || 1);
export const runs = (base: number) => Math.round(base * FUZZ_SCALE);
/** Each property gets a minute per scale step: a stress run must not time out while its loop still writes. */
export const FUZZ_TIMEOUT = 60_000 * FUZZ_SCALE;

/** Strings that have broken parsers, paths, HTML and object keys elsewhere. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\r\nb',
  '\uD800',
  '\uFEFF',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '../../../../etc/passwd',
  'C:\\Windows\\system32',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'https://evil.example/x',
  'mailto:a@b.example',
  '=cmd|" /C calc"!A0',
  '%s%s%s%n',
  '${7*7}{{7*7}}',
  'NaN',
  '1e309',
  '-1',
  'Coöperatie Ünal \u2019t Hart',
  '😀'.repeat(120),
  'x'.repeat(201),
  'y'.repeat(5_000),
  // A valid UUIDv7 that names no record.
  '0190a0a0-0000-7000-8000-000000000000',
  'not-a-uuid',
] as const;

export const EDGE_NUMBERS = [0, -0, -1, 1, 0.5, 59, 60, 61, 1949, 2101, 2 ** 31, 2 ** 53 + 2, -(2 ** 53), 1e308, -1e308, Number.MIN_VALUE] as const;

/** A JSON-shaped value an attacker could send, including the keys that reach prototypes. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(...HOSTILE_STRINGS, ...EDGE_NUMBERS, null, true, false, [], {}, [[]], [{}]) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '{"__proto__":{"polluted":"yes"}}',
      '{"constructor":{"prototype":{"polluted":"yes"}}}',
      '{"a":{"__proto__":{"polluted":"yes"}}}',
      '[{"__proto__":{"polluted":"yes"}}]',
    ).map((text) => JSON.parse(text) as unknown),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
);

type Path = (string | number)[];

/** Every place in a JSON value a mutation can hit: the root, each key, each array element. */
function pathsOf(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...at, i], out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsOf(item, [...at, key], out);
  return out;
}

const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

type Mutation =
  | { kind: 'replace'; value: unknown }
  | { kind: 'delete' }
  | { kind: 'addKey'; key: string; value: unknown }
  | { kind: 'wrap' }
  | { kind: 'duplicate'; times: number }
  | { kind: 'swapWith'; index: number }
  | { kind: 'sameType'; index: number; text: string };

// Most mutations keep the shape (a value of the same type, or one from elsewhere in a valid input), so
// many inputs pass the contract's schema and reach the handler; the rest test the schemas themselves.
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('sameType' as const), index: fc.nat(), text: fc.string({ maxLength: 40 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('swapWith' as const), index: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replace' as const), value: hostileJson }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('addKey' as const), key: fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 8 })), value: hostileJson }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wrap' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), times: fc.integer({ min: 2, max: 300 }) }) },
);

/** Another value of the same JSON type as `current`. */
function sameType(current: unknown, index: number, text: string, pool: readonly unknown[]): unknown {
  const like = pool.filter((v) => typeof v === typeof current && v !== current);
  if (typeof current === 'string') return [...HOSTILE_STRINGS, text, ...like][index % (HOSTILE_STRINGS.length + 1 + like.length)];
  if (typeof current === 'number') return [...EDGE_NUMBERS, ...like][index % (EDGE_NUMBERS.length + like.length)];
  if (typeof current === 'boolean') return !current;
  if (Array.isArray(current)) return index % 2 === 0 ? [] : [...current, ...current].reverse();
  return current;
}

const REMOVE = Symbol('remove');

function apply(root: unknown, path: Path, m: Mutation, pool: readonly unknown[]): unknown {
  const current = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
  const set = (next: unknown): unknown => {
    if (path.length === 0) return next === REMOVE ? undefined : next;
    let parent = root as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (next !== REMOVE) own(parent, last, next);
    else if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
    return root;
  };
  switch (m.kind) {
    case 'replace':
      return set(clone(m.value));
    case 'delete':
      return set(REMOVE);
    case 'addKey':
      if (current && typeof current === 'object' && !Array.isArray(current)) return (own(current, m.key, clone(m.value)), root);
      return set(own({}, m.key, clone(m.value)));
    case 'wrap':
      return set([current]);
    case 'duplicate':
      return set(typeof current === 'string' ? current.repeat(m.times) : Array.from({ length: m.times }, () => clone(current)));
    case 'sameType':
      return set(clone(sameType(current, m.index, m.text, pool)));
    case 'swapWith':
      // A value from elsewhere in the valid samples: the right shape in the wrong place (an id of another record type, …).
      return set(clone(pool[m.index % Math.max(1, pool.length)]));
  }
}

/** defineProperty, so a key named __proto__ becomes an own key, as JSON.parse and structured clone make it. */
function own(target: object, key: string | number, value: unknown): object {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}


/** Beyond this a mutated input is big enough; more mutations would only grow it (300 × 300 × …). */
const MAX_MUTATED_CHARS = 2_000_000;

/**
 * Valid input with one to three small changes: the inputs most likely to get
 * past a parser into a handler. Generated values are copied, never changed in
 * place, because fast-check keeps them for shrinking.
 */
export function nearValid(sample: unknown, pool: readonly unknown[]): fc.Arbitrary<unknown> {
  const changes = fc.oneof({ weight: 3, arbitrary: fc.tuple(fc.nat(), mutation).map((c) => [c]) }, { weight: 1, arbitrary: fc.array(fc.tuple(fc.nat(), mutation), { minLength: 2, maxLength: 3 }) });
  return changes.map((changes) => {
    let value = clone(sample);
    for (const [pick, m] of changes) {
      const paths = pathsOf(value);
      value = apply(value, paths[pick % paths.length]!, m, pool);
      if ((JSON.stringify(value) ?? '').length > MAX_MUTATED_CHARS) break;
    }
    return value;
  });
}

const baseline = {
  object: Object.getOwnPropertyNames(Object.prototype).sort().join(),
  array: Object.getOwnPropertyNames(Array.prototype).sort().join(),
};

/** Cheap enough for every run: nothing was added to the prototypes every object and array inherits from. */
export function expectUnpolluted(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(baseline.object);
  expect(Object.getOwnPropertyNames(Array.prototype).sort().join()).toBe(baseline.array);
}

// Node defines some globals (AbortController, fetch, …) lazily, replacing them on first use: touch them
// all before @fast-check/poisoning takes its snapshot, so first use is not mistaken for poisoning.
for (const name of Object.getOwnPropertyNames(globalThis)) void (globalThis as Record<string, unknown>)[name];
const { assertNoPoisoning } = await import('@fast-check/poisoning');

/** The full check of @fast-check/poisoning: no global or prototype changed since this module loaded. */
export function expectNoPoisoning(): void {
  expectUnpolluted();
  assertNoPoisoning({ ignoredRootRegex: /^(__vitest|__VITEST|__zod)/ });
}
