/**
 * A copy of `s` to keep as a key (or to derive kept values from) in a cache that outlives a parse.
 * In V8 a slice of 13 characters or more is a view of the string it was cut from: a label cut from
 * a report would keep the whole report's text alive for as long as the cache holds it (a worker's
 * caches would hold thousands of reports). Flattening a fresh concatenation copies the characters,
 * and the slice of that copy holds only the copy. Shorter slices are copies already.
 *
 * @example
 * cacheKey(text.slice(100, 140)); // the same 40 characters, not a view of `text`
 */
export function cacheKey(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}
