/** Element classes for the HTML-to-text stage (tag names are lower-cased). */

/** Elements whose content never reaches the text. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'frame', 'frameset',
  'noframes', 'noembed', 'object', 'applet', 'canvas', 'audio', 'video', 'select', 'option',
  'optgroup', 'datalist', 'textarea', 'button', 'marquee', 'xml',
]);

/** Elements that may sit in <head>; any other start tag closes an unclosed <head>. */
export const HEAD_CONTENT: ReadonlySet<string> = new Set([
  'head', 'title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template', 'basefont',
  'bgsound', 'object', 'xml',
]);

/** Elements that end the current line where they start and where they end. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'ul', 'table', 'caption', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th',
  'listing', 'plaintext', 'xmp', 'search',
]);

/** Void elements: no content, no end tag. */
export const VOID_TAGS: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input',
  'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Void elements that break the line. */
export const BREAK_TAGS: ReadonlySet<string> = new Set(['br', 'hr']);

/** Table-structure tags handled by the grid builder. */
export const TABLE_PART_TAGS: ReadonlySet<string> = new Set([
  'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'caption',
]);

const P = new Set(['p']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const DDT = new Set(['dd', 'dt']);

/**
 * An open start tag closes these elements while they are the current element
 * (htmlparser2's rules; table cells and rows are handled by the grid builder too).
 */
export const OPEN_IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th', 'td'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['a', new Set(['a'])],
  ['li', new Set(['li'])],
  ['p', P],
  ['h1', HEADINGS], ['h2', HEADINGS], ['h3', HEADINGS], ['h4', HEADINGS], ['h5', HEADINGS], ['h6', HEADINGS],
  ['select', FORM], ['input', FORM], ['output', FORM], ['button', FORM], ['datalist', FORM], ['textarea', FORM],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DDT], ['dt', DDT],
  ['address', P], ['article', P], ['aside', P], ['blockquote', P], ['details', P], ['div', P],
  ['dl', P], ['fieldset', P], ['figcaption', P], ['figure', P], ['footer', P], ['form', P],
  ['header', P], ['hr', P], ['main', P], ['nav', P], ['ol', P], ['pre', P], ['section', P],
  ['table', P], ['ul', P],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
]);
