import mammoth from 'mammoth';
import { DEFAULT_MAX_UNCOMPRESSED_BYTES, inspectDocx } from './inspect.js';
import type { DocxHtml, DocxProblem, DocxToHtmlOptions } from './types.js';

/** At most this many converter notes are reported one by one; the rest are counted. */
const MAX_NOTES = 20;

/** Images are left out: their bytes are never inflated, and no data: URI swells the HTML. */
const noImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * Converts a .docx to HTML with mammoth, after checking the zip (see `inspectDocx`): a file that
 * is not a .docx, is encrypted, or is too large (declared sizes, compression ratio: a zip bomb)
 * gives `html: ''` and a problem, never a throw. Merged cells come out as rowspan/colspan. The
 * converter's warnings are returned as `docx-conversion-note` problems.
 *
 * @example
 * const { html, problems } = await docxToHtml(new Uint8Array(readFileSync('corpus/docx/report-2021.docx')));
 * html.startsWith('<p>'); // true
 */
export async function docxToHtml(bytes: Uint8Array, options: DocxToHtmlOptions = {}): Promise<DocxHtml> {
  const limit = options.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES;
  const problem = inspectDocx(bytes, limit);
  if (problem) return { html: '', problems: [problem] };
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    result = await mammoth.convertToHtml({ buffer }, { externalFileAccess: false, convertImage: noImages });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { html: '', problems: [{ code: 'docx-invalid', message: `The .docx file could not be converted: ${reason}` }] };
  }
  const problems: DocxProblem[] = [];
  for (const m of result.messages.slice(0, MAX_NOTES)) {
    problems.push({ code: 'docx-conversion-note', message: `Word converter ${m.type}: ${m.message}` });
  }
  if (result.messages.length > MAX_NOTES) {
    problems.push({ code: 'docx-conversion-note', message: `${result.messages.length - MAX_NOTES} more notes of the Word converter were left out.` });
  }
  return { html: result.value, problems };
}
