/**
 * HTML stage of the reader: turns a CMS page holding a report into tab-separated plain text with an
 * offset map back into the HTML.
 */
export { htmlToText } from './html-to-text.js';
export { looksLikeHtml } from './looks-like-html.js';
export type { HtmlMeta, HtmlText, MetaField } from './types.js';
