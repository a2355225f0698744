/**
 * JSON with object keys sorted at every depth: the same value always gives the same bytes, so
 * hashes over it are stable however the object was built. For the JSON data model only
 * (objects, arrays, strings, finite numbers, booleans, null), where this equals RFC 8785.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value) as string | undefined;
    if (text === undefined) throw new TypeError(`Not a JSON value: ${String(value)}`);
    return text;
  }
  // Plain loops and one string: every journal line goes through here (an import makes 100,000).
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i += 1) out += (i === 0 ? '' : ',') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  // Default sort orders by UTF-16 code units, as RFC 8785 asks.
  const keys = Object.keys(record).sort();
  let out = '{';
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    out += (out.length === 1 ? '' : ',') + JSON.stringify(key) + ':' + canonicalJson(item);
  }
  return `${out}}`;
}
