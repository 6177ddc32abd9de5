import { guessWidth } from './chars.js';
import type { Piece } from './types.js';

/** The parts of a pdf.js text item that the reader uses. */
export interface RawTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

/** The parts of a pdf.js text style that the reader uses. */
export interface RawTextStyle {
  ascent?: number;
  descent?: number;
  vertical?: boolean;
}

const SPACE = /[\s\u3000]/u;

/** Multiplies two affine matrices [a b c d e f]: the result applies `n` first, then `m`. */
function multiply(m: readonly number[], n: readonly number[]): number[] {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = m;
  const [p = 0, q = 0, r = 0, s = 0, t = 0, u = 0] = n;
  return [a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e, b * t + d * u + f];
}

/** `v` when it is a finite number, else `fallback`. */
function finiteOr(v: number | undefined, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

function makePiece(page: number, text: string, x0: number, x1: number, top: number, bottom: number, baseline: number, size: number): Piece {
  return {
    text,
    x0,
    x1,
    top,
    bottom,
    baseline,
    size,
    box: { page, x: round(x0), y: round(top), width: round(x1 - x0), height: round(bottom - top) },
  };
}

/**
 * Splits a horizontal run at its white space, guessing where each part starts: the font size is
 * known, so the non-space characters get their likely widths (1 em wide, ½ em narrow) and the
 * rest of the run's width is shared among its spaces. Spaces pdf.js put inside a run thereby
 * become gaps that the line builder judges like any other.
 */
function splitAtSpaces(text: string, x0: number, width: number, size: number): Array<{ text: string; x0: number; x1: number }> {
  const chars = Array.from(text);
  const spaces = chars.filter((ch) => SPACE.test(ch)).length;
  if (spaces === 0) return [{ text, x0, x1: x0 + width }];
  const inked = chars.reduce((sum, ch) => (SPACE.test(ch) ? sum : sum + guessWidth(ch) * size), 0);
  let spaceWidth = (width - inked) / spaces;
  let scale = 1;
  if (spaceWidth < 0) {
    spaceWidth = 0.25 * size;
    scale = inked > 0 ? Math.max(0, width - spaces * spaceWidth) / inked : 0;
  }
  const parts: Array<{ text: string; x0: number; x1: number }> = [];
  let x = x0;
  let current = '';
  let start = x0;
  for (const ch of chars) {
    if (SPACE.test(ch)) {
      if (current) parts.push({ text: current, x0: start, x1: x });
      current = '';
      x += spaceWidth;
    } else {
      if (!current) start = x;
      current += ch;
      x += guessWidth(ch) * size * scale;
    }
  }
  if (current) parts.push({ text: current, x0: start, x1: Math.min(x, x0 + width) });
  return parts;
}

/**
 * Turns the text items of one page into pieces in viewport coordinates (y down, page rotation
 * applied): horizontal items split at their white space; vertical-font or rotated items kept
 * whole, boxed by their extent, their baseline set at their first character so they sort by
 * their top. White-space-only items are dropped, and so are exact overprints (the same text
 * drawn again a fraction of an em away, a common way to fake bold).
 *
 * @example
 * const content = await page.getTextContent();
 * const viewport = page.getViewport({ scale: 1 });
 * const pieces = toPieces(content.items as RawTextItem[], content.styles, viewport.transform, 2);
 * pieces[0]; // → { text: '第二十条第（', … }
 */
export function toPieces(
  items: readonly RawTextItem[],
  styles: Readonly<Record<string, RawTextStyle>>,
  viewportTransform: readonly number[],
  page: number,
): Piece[] {
  const pieces: Piece[] = [];
  for (const item of items) {
    if (typeof item.str !== 'string' || item.str.trim() === '' || !Array.isArray(item.transform)) continue;
    const m = multiply(viewportTransform, item.transform);
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = m;
    const size = Math.hypot(c, d) || Math.hypot(a, b);
    if (!(size > 0.5) || !Number.isFinite(e) || !Number.isFinite(f)) continue;
    const style = styles[item.fontName] ?? {};
    // A Type3 font (as Skia writes CJK fonts it cannot embed) has no metrics: pdf.js gives NaN.
    const ascent = Math.min(1.1, Math.max(0.6, finiteOr(style.ascent, 0.88)));
    const descent = Math.min(0.4, Math.max(0, Math.abs(finiteOr(style.descent, 0.12))));
    const run = Math.hypot(a, b);
    const horizontal = !style.vertical && run > 0 && a / run > 0.995;
    if (horizontal) {
      const width = Math.max(0, item.width);
      for (const part of splitAtSpaces(item.str, e, width, size)) {
        pieces.push(makePiece(page, part.text, part.x0, part.x1, f - ascent * size, f + descent * size, f, size));
      }
      continue;
    }
    // Vertical font (text runs down from the origin, glyphs centred on it) or rotated text.
    const length = style.vertical ? Math.max(item.height, size) : Math.max(item.width, size);
    const dir = style.vertical ? [-c / size, -d / size] : [a / run || 0, b / run || 0];
    const across = [Math.abs(dir[1] ?? 0) * size, Math.abs(dir[0] ?? 0) * size];
    const ex = e + (dir[0] ?? 0) * length;
    const ey = f + (dir[1] ?? 0) * length;
    const x0 = Math.min(e, ex) - (style.vertical ? across[0]! / 2 : 0);
    const x1 = Math.max(e, ex) + (style.vertical ? across[0]! / 2 : across[0]!);
    const top = Math.min(f, ey) - (style.vertical ? 0 : across[1]!);
    const bottom = Math.max(f, ey);
    pieces.push(makePiece(page, item.str.replace(/[\s\u3000]+/gu, ''), x0, Math.max(x1, x0 + 1), top, Math.max(bottom, top + 1), top + ascent * size, size));
  }
  return dropOverprints(pieces);
}

/** Drops a piece that repeats the text of an earlier one less than ⅕ em away. */
function dropOverprints(pieces: Piece[]): Piece[] {
  const seen = new Map<string, Piece[]>();
  return pieces.filter((p) => {
    const same = seen.get(p.text);
    const near = (q: Piece) => Math.abs(q.x0 - p.x0) < 0.2 * p.size && Math.abs(q.baseline - p.baseline) < 0.2 * p.size;
    if (same?.some(near)) return false;
    if (same) same.push(p);
    else seen.set(p.text, [p]);
    return true;
  });
}
