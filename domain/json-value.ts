/**
 * Deep equality of JSON values, whatever the order of object keys: documents read back from a jsonb column come
 * with their keys reordered, so their texts differ where their values do not.
 */
export function sameJsonValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => sameJsonValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
