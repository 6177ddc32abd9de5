import type { Rule } from './types.js';

/** The operator codes of pdf.js (`OPS`) that the rule finder reads. */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/** pdf.js's path drawing codes (`DrawOPS`). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/** How far off straight (in points) a segment may be and still count as a horizontal or vertical rule. */
const STRAIGHT = 0.8;
/** A filled rectangle at most this thick (in points) is a rule. */
const THIN = 3;
/** Rules shorter than this (in points) are ignored: glyph-like marks, dots. */
const SHORT = 3;

function multiply(m: readonly number[], n: readonly number[]): number[] {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = m;
  const [p = 0, q = 0, r = 0, s = 0, t = 0, u = 0] = n;
  return [a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e, b * t + d * u + f];
}

function apply(m: readonly number[], x: number, y: number): [number, number] {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = m;
  return [a * x + c * y + e, b * x + d * y + f];
}

function asRule(x0: number, y0: number, x1: number, y1: number): Rule | null {
  if (Math.abs(y1 - y0) <= STRAIGHT && Math.abs(x1 - x0) >= SHORT) {
    const y = (y0 + y1) / 2;
    return { x0: Math.min(x0, x1), x1: Math.max(x0, x1), y0: y, y1: y };
  }
  if (Math.abs(x1 - x0) <= STRAIGHT && Math.abs(y1 - y0) >= SHORT) {
    const x = (x0 + x1) / 2;
    return { x0: x, x1: x, y0: Math.min(y0, y1), y1: Math.max(y0, y1) };
  }
  return null;
}

/** The sub-paths of a pdf.js path buffer, as point lists in viewport space (curves break them). */
function subpaths(buffer: ArrayLike<number>, m: readonly number[]): Array<{ points: Array<[number, number]>; closed: boolean }> {
  const out: Array<{ points: Array<[number, number]>; closed: boolean }> = [];
  let current: { points: Array<[number, number]>; closed: boolean } | undefined;
  let i = 0;
  const n = buffer.length;
  const at = (k: number) => buffer[k] ?? 0;
  while (i < n) {
    const op = at(i++);
    if (op === MOVE || op === LINE) {
      const p = apply(m, at(i), at(i + 1));
      i += 2;
      if (op === MOVE || !current) {
        current = { points: [p], closed: false };
        out.push(current);
      } else current.points.push(p);
    } else if (op === CURVE || op === QUAD) {
      const k = op === CURVE ? 6 : 4;
      const end = apply(m, at(i + k - 2), at(i + k - 1));
      i += k;
      current = { points: [end], closed: false };
      out.push(current);
    } else if (op === CLOSE) {
      if (current) current.closed = true;
      const start = current?.points[0];
      current = start ? { points: [start], closed: false } : undefined;
      if (current) out.push(current);
    } else break; // unknown code: the buffer is not what we think it is
  }
  return out;
}

/**
 * Finds the straight horizontal and vertical lines a page draws — the rules of ruled tables —
 * from its pdf.js operator list: stroked path segments, and filled rectangles no thicker than
 * 3 points (how many producers draw borders). The current transformation matrix is followed
 * through save/restore, `cm` and form XObjects; results are in viewport coordinates.
 *
 * @example
 * const ops = await page.getOperatorList();
 * const rules = findRules(ops.fnArray, ops.argsArray, pdfjs.OPS, viewport.transform);
 * rules.length; // → 39
 */
export function findRules(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, OPS: OpCodes, viewportTransform: readonly number[]): Rule[] {
  const rules: Rule[] = [];
  const stack: number[][] = [];
  let ctm: number[] = [1, 0, 0, 1, 0, 0];
  const strokes = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fills = new Set([OPS.fill, OPS.eoFill]);
  for (let k = 0; k < fnArray.length; k++) {
    const fn = fnArray[k];
    const args = argsArray[k] as unknown[] | null | undefined;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && Array.isArray(args) && args.length >= 6) ctm = multiply(ctm, args as number[]);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = Array.isArray(args) ? args[0] : null;
      if (matrix && typeof matrix === 'object' && (matrix as ArrayLike<number>).length === 6) ctm = multiply(ctm, Array.from(matrix as ArrayLike<number>));
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath && Array.isArray(args)) {
      const op = args[0] as number;
      const stroked = strokes.has(op);
      if (!stroked && !fills.has(op)) continue;
      const buffer = (args[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | null | undefined;
      if (!buffer || typeof buffer.length !== 'number') continue;
      const m = multiply(viewportTransform, ctm);
      for (const path of subpaths(buffer, m)) {
        if (stroked) {
          const pts = path.closed && path.points.length > 2 ? [...path.points, path.points[0]!] : path.points;
          for (let i = 1; i < pts.length; i++) {
            const rule = asRule(pts[i - 1]![0], pts[i - 1]![1], pts[i]![0], pts[i]![1]);
            if (rule) rules.push(rule);
          }
        }
        if (path.points.length >= 2) {
          const xs = path.points.map((p) => p[0]);
          const ys = path.points.map((p) => p[1]);
          const x0 = Math.min(...xs);
          const x1 = Math.max(...xs);
          const y0 = Math.min(...ys);
          const y1 = Math.max(...ys);
          if (!stroked && y1 - y0 <= THIN && x1 - x0 >= SHORT) rules.push({ x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 });
          else if (!stroked && x1 - x0 <= THIN && y1 - y0 >= SHORT) rules.push({ x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1 });
        }
      }
    }
  }
  return rules;
}
