/**
 * JSON with object keys sorted and no whitespace, so equal data gives equal
 * text on every install: what bundle signatures cover and what the merge rule
 * compares when two values carry the same stamp. Only plain JSON data
 * (objects, arrays, strings, finite numbers, booleans, null) is expected.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}
