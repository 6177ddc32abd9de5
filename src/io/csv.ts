/**
 * A value a CSV field can hold; null and undefined are written as an empty field.
 *
 * @example
 * const row: CsvValue[] = ['a.txt', 2021, null];
 */
export type CsvValue = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/u;

/**
 * Writes one RFC 4180 field: quoted when it holds a comma, a double quote or a line break, with
 * quotes doubled; null and undefined become the empty field.
 *
 * @example
 * csvField('a,b'); // '"a,b"'
 * csvField('say "hi"'); // '"say ""hi"""'
 * csvField(null); // ''
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

/**
 * Writes one CSV record, ended by CRLF as RFC 4180 asks.
 *
 * @example
 * csvRow(['file', 3, null, 'x,y']); // 'file,3,,"x,y"\r\n'
 */
export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + '\r\n';
}
