/** Recognising page chrome (navigation, breadcrumbs, footers, share bars…) around the report. */
import { cacheKey } from '../../cache-key.js';

const CHROME_TAGS: ReadonlySet<string> = new Set(['nav', 'header', 'footer', 'aside']);

/** Words that mark chrome when a class/id token equals, starts with or ends with them. */
const CHROME_WORDS: readonly string[] = [
  'nav', 'menu', 'breadcrumb', 'crumb', 'footer', 'header', 'sidebar', 'share', 'related',
  'copyright', 'topbar', 'login', 'search', 'links', 'friend', 'qrcode',
];

/** Tokens that merely contain a chrome word. */
const NOT_CHROME: ReadonlySet<string> = new Set(['research', 'researches', 'shared', 'unrelated']);

const TOKEN_SPLIT = /[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])/;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** Verdicts per class/id value (pages repeat a few class names thousands of times). */
const MAX_CACHE = 4096;
const tokenCache = new Map<string, number>();

/** Attributes of a start tag that matter for chrome detection. */
export interface ChromeAttrs {
  className: string;
  id: string;
  style: string;
  hidden: boolean;
}

/** Bit 1: a chrome word other than "header"; bit 2: the word "header". */
function chromeBits(value: string): number {
  let bits = tokenCache.get(value);
  if (bits === undefined) {
    bits = computeBits(value);
    if (tokenCache.size >= MAX_CACHE) tokenCache.clear();
    // A copy: the value was cut from the page, which the cache must not keep alive.
    tokenCache.set(cacheKey(value), bits);
  }
  return bits;
}

function hasChromeToken(value: string, allowHeader: boolean): boolean {
  if (value === '') return false;
  const bits = chromeBits(value);
  return (bits & 1) !== 0 || (allowHeader && (bits & 2) !== 0);
}

function computeBits(value: string): number {
  let bits = 0;
  for (const raw of value.split(TOKEN_SPLIT)) {
    if (raw.length < 3) continue;
    const token = raw.toLowerCase();
    if (NOT_CHROME.has(token)) continue;
    for (const word of CHROME_WORDS) {
      if (token === word || token.startsWith(word) || token.endsWith(word)) bits |= word === 'header' ? 2 : 1;
    }
  }
  return bits;
}

/**
 * Does an inline style hide the element? Word styles are long and full of "none", so look only at
 * the few "…y:" places (font-family:, display:, visibility:) before running the full pattern.
 */
function hiddenByStyle(style: string): boolean {
  return (hasHidingProperty(style, 'y:') || hasHidingProperty(style, 'Y:')) && HIDDEN_STYLE.test(style);
}

function hasHidingProperty(style: string, tail: string): boolean {
  for (let at = style.indexOf(tail); at >= 0; at = style.indexOf(tail, at + 2)) {
    if (endsWithWord(style, at + 1, 'display') || endsWithWord(style, at + 1, 'visibility')) return true;
  }
  return false;
}

/** Does s[0, end) end with `word` (ASCII case-insensitive)? */
function endsWithWord(s: string, end: number, word: string): boolean {
  const start = end - word.length;
  if (start < 0) return false;
  for (let i = 0; i < word.length; i++) {
    if ((s.charCodeAt(start + i) | 0x20) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * Is this element page chrome (or hidden)? `tag` is lower-case. Headings and table cells are never
 * chrome because of the word "header" (a `<th class="header">` is a table header).
 */
export function isChromeElement(tag: string, attrs: ChromeAttrs): boolean {
  if (attrs.hidden) return true;
  if (attrs.style !== '' && hiddenByStyle(attrs.style)) return true;
  if (CHROME_TAGS.has(tag)) return true;
  const allowHeader = !(tag.length === 2 && (tag[0] === 'h' || tag === 'td' || tag === 'th'));
  return hasChromeToken(attrs.className, allowHeader) || hasChromeToken(attrs.id, allowHeader);
}
