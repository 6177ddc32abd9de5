import type { OffsetMap } from '../normalise/offset-map.js';
import { composeMaps } from '../normalise/offset-map.js';
import { mayDrawTables, readGrids, readRuledColumns } from './grid/index.js';
import { htmlToText, looksLikeHtml, type HtmlMeta } from './html/index.js';
import { blankPandocSpans } from './pandoc-spans.js';

/** The input read into text: for plain text the input itself; HTML is rendered to text with a map back. */
export interface Source {
  kind: 'text' | 'html';
  text: string;
  /** Offsets of `text` → offsets of the input (null: identity). */
  map: OffsetMap;
  /** For HTML pages: the CMS metadata block (publisher, date, title), with spans into the input. */
  meta?: HtmlMeta;
}

/** Options of the read stage. */
export interface ReadOptions {
  /** 'text', 'html', or 'auto' (default): HTML is detected by its tags. */
  format?: 'auto' | 'text' | 'html';
  /** Labels that mark a web page's table as the report's data (default: the national templates' `labelHints`). */
  labelHints?: RegExp;
}

/**
 * The read stage: turns the input string into text with a map back into the input. HTML (a whole page
 * or a fragment, detected by its tags or chosen with `format`) is rendered to text: block elements
 * end lines, a table row is one line of tab-separated cells with rowspan/colspan expanded, page chrome
 * and the CMS metadata block are left out. In text, tables drawn with rules and bars (grid tables,
 * box drawing) are rewritten the same way (see `readGrids`).
 *
 * @example
 * readInput('一、总体情况').kind; // 'text'
 * readInput('<p>一、总体情况</p>').text; // '一、总体情况'
 */
export function readInput(given: string, options: ReadOptions = {}): Source {
  const format = options.format ?? 'auto';
  // Pandoc markdown's spans ([规章]{style=…}) blanked, the text keeping its length (spans unchanged).
  const input = blankPandocSpans(given);
  if (format === 'html' || (format === 'auto' && looksLikeHtml(input))) {
    const h = htmlToText(input, { labelHints: options.labelHints });
    return { kind: 'html', text: h.text, map: h.map, meta: h.meta };
  }
  // Tables drawn with rules and bars (pandoc, w3m, tabulate), then tables whose columns a rule of
  // dashes sets (pandoc's simple tables), become tab-separated rows.
  if (!mayDrawTables(input)) return { kind: 'text', text: input, map: null };
  const grids = readGrids(input);
  const text = grids ? grids.text : input;
  const ruled = readRuledColumns(text);
  if (ruled) return { kind: 'text', text: ruled.text, map: grids ? composeMaps(ruled.map, grids.map) : ruled.map };
  if (grids) return { kind: 'text', text: grids.text, map: grids.map };
  return { kind: 'text', text: input, map: null };
}
