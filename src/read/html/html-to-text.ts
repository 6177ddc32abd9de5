import { Tokenizer } from 'htmlparser2';
import { assemble, codesToString, mergeRanges } from './assemble.js';
import { TextBuilder } from './builder.js';
import { findMetadata } from './meta.js';
import type { HtmlText } from './types.js';

/**
 * Turn an HTML page into plain text for the report parser, with an offset map back into the HTML.
 *
 * - Block elements (p, div, br, li, h1–h6, tr, table…) end lines; inline elements do not.
 * - Tables are expanded into grids: each row is one line, every grid slot a cell joined by '\t';
 *   slots covered by another cell's rowspan/colspan are empty. Text split by <p>/<br> inside a cell
 *   is joined (with a space only between ASCII letters/digits). A row whose cell holds a nested
 *   table is a layout row: its cells' content is written as lines of their own.
 * - Entities are decoded, U+00A0 is a space, whitespace runs collapse; lines and cells are trimmed.
 * - script/style/head/svg/iframe/select… are skipped; chrome (nav/header/footer/aside, or class/id
 *   naming nav, menu, breadcrumb, footer, share…; hidden elements) is dropped unless it holds a data
 *   table or most of the page's text.
 * - The CMS metadata block (索引号：… 发布机构：… 发布日期：…) is left out of `text` and reported in
 *   `meta` with the spans of its values; `meta.title` is the page's <title>.
 *
 * A table counts as data when it holds a label only a report's tables print: `labelHints` (default:
 * the national templates' `labelHints`).
 *
 * Runs in one pass over the HTML, with no recursion: time and stack are bounded on any input.
 *
 * @example
 * const { text, map, meta } = htmlToText('<table><tr><td rowspan="2">三、本年度办理结果</td><td>（一）予以公开</td><td>3</td></tr><tr><td>（二）部分公开</td><td>0</td></tr></table>');
 * // text === '三、本年度办理结果\t（一）予以公开\t3\n\t（二）部分公开\t0'
 * // map[i] is the HTML offset of text[i]; map[text.length] === html.length
 */
export function htmlToText(html: string, options: { labelHints?: RegExp } = {}): HtmlText {
  const builder = new TextBuilder(html, options.labelHints);
  const tokenizer = new Tokenizer({ decodeEntities: true }, builder);
  tokenizer.write(html);
  tokenizer.end();

  const root = builder.root;
  const rendered = codesToString(root.codes, root.length);
  const { meta, drops } = findMetadata(rendered, root.map, html);
  if (builder.title !== null) meta.title = builder.title;

  const total = root.nonSpace;
  for (const c of builder.chrome) if (c.nonSpace * 2 < total) drops.push([c.start, c.end]);
  const { text, map } = assemble(root.codes, root.map, root.length, mergeRanges(drops), html.length);
  return { text, map, meta };
}
