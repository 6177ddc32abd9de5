import type { Cell } from './cells.js';
import { cellNumber, fitRow, type FittedRow, type RowRule } from './fit-row.js';

// Digits at the end of a label, after a character no number ends a label with: "计其他情形）7".
const GLUED = /(?<=[^\d\s.．、,，:：+-])(\d+)$/u;

/**
 * A row's first value glued to the end of its label: pypdf (and other extractors) write a label that
 * wraps inside its cell as lines, and its last line runs on into the first number without a space
 * ("计其他情形）7 2 0 0 1 0 10"). When the row is one value short, its last label cell ends in digits on
 * the line of its first value, and the row's rules hold with those digits as its first cell, the
 * row is refitted with them. Null when any of that fails (a row without rules is never repaired).
 *
 * @example
 * import { splitCells } from 'ogi-report';
 * const line = '计其他情形）7 2 0 0 1 0 10';
 * const [label, ...values] = splitCells(line, 0, line.length);
 * ungluedFirstValue([label], values, 7, [{ lhs: [6], rhs: [0, 1, 2, 3, 4, 5] }])?.fitted.cells.map((c) => c?.text);
 * // ['7', '2', '0', '0', '1', '0', '10']
 */
export function ungluedFirstValue(label: readonly Cell[], values: readonly Cell[], arity: number, rules: RowRule[]): { fitted: FittedRow; values: Cell[] } | null {
  if (rules.length === 0 || label.length === 0 || values.length === 0) return null;
  const last = label[label.length - 1]!;
  const first = values.find((v) => v.kind !== 'blank');
  if (first === undefined || first.line !== last.line || last.end > first.start) return null;
  if (values.filter((v) => v.kind !== 'blank').length !== arity - 1) return null;
  const m = GLUED.exec(last.text);
  if (m === null || m.index === 0) return null;
  const digits = m[1]!;
  const cell: Cell = { text: digits, start: last.end - digits.length, end: last.end, kind: 'number', line: last.line, lineCells: last.lineCells, explicit: false };
  const all = [cell, ...values];
  const fitted = fitRow(all, arity, rules);
  if (fitted.outcome !== 'exact' && fitted.outcome !== 'trimmed') return null;
  const nums = fitted.cells.map((c) => cellNumber(c));
  for (const r of rules) {
    const side = (ix: number[]) => ix.reduce<number | null>((s, i) => (s === null || nums[i] === null || nums[i] === undefined ? null : s + nums[i]), 0);
    const l = side(r.lhs);
    const h = side(r.rhs);
    if (l === null || h === null || Math.abs(l - h) > 1e-9) return null;
  }
  return { fitted, values: all };
}

const DIGITS = /^\d{2,}$/u;
const rowHolds = (fitted: FittedRow, rules: RowRule[]): boolean => {
  const nums = fitted.cells.map((c) => cellNumber(c));
  for (const r of rules) {
    let d = 0;
    for (const i of r.lhs) {
      const v = nums[i];
      if (v === null || v === undefined) return false;
      d += v;
    }
    for (const i of r.rhs) {
      const v = nums[i];
      if (v === null || v === undefined) return false;
      d -= v;
    }
    if (Math.abs(d) > 1e-9) return false;
  }
  return true;
};

/**
 * Two neighbouring numbers run together in a row one value short: pypdf drops the space between two
 * narrow columns ("… 1 251" for "1 2 51", "0 00" for "0 0"). Every cell of two or more digits is
 * tried split in two (no part with a leading zero but "0"); the split is made when exactly one of them
 * lets the row's rules hold. Null otherwise (a row without rules is never split).
 *
 * @example
 * import { splitCells } from 'ogi-report';
 * const line = '43 5 0 0 1 251';
 * splitGluedPair(splitCells(line, 0, line.length), 7, [{ lhs: [6], rhs: [0, 1, 2, 3, 4, 5] }])?.fitted.cells.map((c) => c?.text);
 * // ['43', '5', '0', '0', '1', '2', '51']
 */
export function splitGluedPair(values: readonly Cell[], arity: number, rules: RowRule[]): { fitted: FittedRow; values: Cell[] } | null {
  if (rules.length === 0 || values.filter((v) => v.kind !== 'blank').length !== arity - 1) return null;
  let found: { fitted: FittedRow; values: Cell[] } | null = null;
  let grid = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v.kind !== 'number' || !DIGITS.test(v.text)) continue;
    for (let k = 1; k < v.text.length; k++) {
      const left = v.text.slice(0, k);
      const right = v.text.slice(k);
      if ((left.length > 1 && left[0] === '0') || (right.length > 1 && right[0] === '0')) continue;
      const a: Cell = { ...v, text: left, end: v.start + k };
      const b: Cell = { ...v, text: right, start: v.start + k };
      const all = [...values.slice(0, i), a, b, ...values.slice(i + 1)];
      const fitted = fitRow(all, arity, rules);
      if ((fitted.outcome !== 'exact' && fitted.outcome !== 'trimmed') || !rowHolds(fitted, rules)) continue;
      const key = fitted.cells.map((c) => c?.text ?? '').join(' ');
      if (found !== null && key !== grid) return null;
      found = { fitted, values: all };
      grid = key;
    }
  }
  return found;
}
