/**
 * Freezes an object and everything it holds. The template definitions are frozen: the library
 * builds lookups from them once (row indexes, rule instances, label cores) and keeps those, so a
 * definition changed after first use would be read two ways at once; frozen, a change throws in
 * strict mode instead. (To adapt a template, copy it: a provincial variant is a new definition.)
 *
 * @example
 * const def = deepFreeze({ rows: [{ key: 'a' }] });
 * Object.isFrozen(def.rows[0]); // true
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
