import type { Report } from '../index.js';
import type { Library } from './library.js';

/**
 * A report and the text its spans point into (null when that text is not known).
 *
 * @example
 * const pdf = await parsePdf(new Uint8Array(readFileSync('corpus/pdf/report-2021-ruled.pdf')));
 * const { report, text } = asReport(pdf, lib);
 * text === pdf.pdf.text; // → true (the text the spans point into)
 */
export interface ReportWithText {
  report: Report;
  text: string | null;
}

const isReport = (x: unknown): x is Report =>
  typeof x === 'object' && x !== null && typeof (x as Report).template === 'string' && Array.isArray((x as Report).messages);

/**
 * Accepts what a .docx or PDF reader returns — a report (carrying the text its spans point into
 * as `pdf.text`, `docx.html` or `text`), a `{ report, text }` pair, or `{ text }` to be parsed —
 * and gives a report with that text.
 *
 * @example
 * asReport(await parsePdf(new Uint8Array(readFileSync('corpus/pdf/report-2021-ruled.pdf'))), lib).report.template; // → '2021'
 */
export function asReport(result: unknown, lib: Library): ReportWithText {
  const r = result as { report?: unknown; text?: unknown; pdf?: { text?: unknown }; docx?: { html?: unknown } };
  const text = [r?.text, r?.pdf?.text, r?.docx?.html].find((t): t is string => typeof t === 'string') ?? null;
  if (isReport(result)) return { report: result, text };
  if (isReport(r?.report)) return { report: r.report, text };
  if (text !== null) return { report: lib.parseReport(text), text };
  throw new Error('the reader returned no report');
}
