/**
 * A value a CSV field can hold; null and undefined are written as an empty field.
 *
 * @example
 * const row: CsvValue[] = ['a.txt', 2021, null];
 */
export type CsvValue = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/u;
/** What a spreadsheet may take for the start of a formula (OWASP's list: = + - @ tab CR). */
const FORMULA_START = /^[=+\-@\t\r]/u;
/** Text that is a plain number ("-8", "+3", "12.5") or a lone dash cell: no formula in it. */
const HARMLESS = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)|-)$/u;

/**
 * Neutralises a text field that a spreadsheet would run as a formula (CSV injection), as OWASP
 * recommends: text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
 * `'`, which Excel and LibreOffice read as "this is text" and do not display. Plain numbers
 * written as text ("-8") and a lone dash are left alone.
 *
 * @example
 * defuseFormula('=HYPERLINK("http://x","点击")'); // `'=HYPERLINK("http://x","点击")`
 * defuseFormula('-8'); // '-8'
 */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) && !HARMLESS.test(text) ? `'${text}` : text;
}

/**
 * Writes one RFC 4180 field: quoted when it holds a comma, a double quote or a line break, with
 * quotes doubled; null and undefined become the empty field. A string that a spreadsheet would
 * take for a formula is defused first ({@link defuseFormula}); numbers are written as they are.
 *
 * @example
 * csvField('a,b'); // '"a,b"'
 * csvField('say "hi"'); // '"say ""hi"""'
 * csvField(null); // ''
 * csvField(-8); // '-8'
 * csvField('@SUM(A1)'); // "'@SUM(A1)"
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'string' ? defuseFormula(value) : String(value);
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
