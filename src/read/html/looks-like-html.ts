/** A markup opening: a doctype, comment, XML declaration or an element tag as the first non-blank thing. */
const STARTS_WITH_MARKUP = /^\s*(?:<!--|<!doctype[\s>]|<\?xml\s|<[a-z][a-z0-9:-]*(?:\s[^<>]*)?\/?>)/i;
/** A structural tag anywhere (the scan stops at the next '<' or '>', so it stays linear). */
const STRUCTURAL_TAG = /<\/?(?:table|tbody|tr|td|th|p|div|br|span|body|html|font|li|h[1-6])(?:[\s/][^<>]*)?>/i;
const HEAD_WINDOW = 4096;
const SCAN_WINDOW = 65536;

/**
 * Cheap test: does this string look like HTML (a tag near the start, or <table>/<p>/<div> tags)
 * rather than plain text?
 *
 * @example
 * looksLikeHtml('<!DOCTYPE html><html>…'); // true
 * looksLikeHtml('一、总体情况\n<p>…</p>');    // true (a <p> tag)
 * looksLikeHtml('一、总体情况\n自然人\t商业企业'); // false
 */
export function looksLikeHtml(input: string): boolean {
  // Every pattern needs a '<': plain text (where 《》 are the brackets) seldom has one.
  const window = input.length > SCAN_WINDOW ? input.slice(0, SCAN_WINDOW) : input;
  const lt = window.indexOf('<');
  if (lt < 0) return false;
  if (STARTS_WITH_MARKUP.test(input.slice(0, HEAD_WINDOW))) return true;
  return STRUCTURAL_TAG.test(lt > 0 ? window.slice(lt) : window);
}
