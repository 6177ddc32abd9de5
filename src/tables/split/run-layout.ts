/**
 * Turns a raw run (digits and spaces, maybe with the next label's item number stuck on the end)
 * into the digit strings the splitter works on.
 *
 * @module
 */

import type { RunRow } from './types.js';

/**
 * One way of reading a run: its digits with a given trailing suffix removed.
 *
 * @example
 * runLayouts({ run: '22 00003252', arity: 7, trailingCandidates: ['2'] })[1];
 * // { digits: '220000325', forcedCut: [false, false, true, false, …], trailing: '2', runIndex: [0, 1, 3, 4, …] }
 */
export interface RunLayout {
  /** The digits that must be split into cells. */
  digits: string;
  /** `forcedCut[i]` is true when a cell boundary must fall just before `digits[i]` (a space stood there). */
  forcedCut: boolean[];
  /** The removed suffix, left for the next label (`''` if none). */
  trailing: string;
  /** `runIndex[i]` is the offset of `digits[i]` in the original run. */
  runIndex: number[];
}

/**
 * Parses `row.run` and returns one layout per admissible trailing choice: first the whole run,
 * then the run minus each distinct `trailingCandidates` entry that it actually ends with (a
 * suffix may not straddle a space). Throws `RangeError` on characters other than ASCII digits
 * and whitespace, and on trailing candidates that are not digit strings.
 *
 * @example
 * runLayouts({ run: '2200003252', arity: 7, trailingCandidates: ['2'] }).map((l) => l.digits);
 * // ['2200003252', '220000325']
 */
export function runLayouts(row: RunRow): RunLayout[] {
  const digitChars: string[] = [];
  const forcedCut: boolean[] = [];
  const runIndex: number[] = [];
  let pendingCut = false;
  for (let i = 0; i < row.run.length; i++) {
    const code = row.run.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      forcedCut.push(pendingCut && digitChars.length > 0);
      pendingCut = false;
      digitChars.push(row.run[i]!);
      runIndex.push(i);
    } else if (isSpace(code)) {
      pendingCut = true;
    } else {
      throw new RangeError(`run ${JSON.stringify(row.run)}: unexpected character ${JSON.stringify(row.run[i])} at ${i}`);
    }
  }
  const digits = digitChars.join('');
  const layouts: RunLayout[] = [{ digits, forcedCut, trailing: '', runIndex }];
  const seen = new Set<string>(['']);
  for (const t of row.trailingCandidates ?? []) {
    if (!/^[0-9]+$/.test(t)) {
      throw new RangeError(`trailing candidate ${JSON.stringify(t)} is not a digit string`);
    }
    if (seen.has(t)) continue;
    seen.add(t);
    if (t.length > digits.length || !digits.endsWith(t)) continue;
    const cut = digits.length - t.length;
    let straddles = false;
    for (let i = cut + 1; i < digits.length; i++) if (forcedCut[i]) straddles = true;
    if (straddles) continue;
    layouts.push({
      digits: digits.slice(0, cut),
      forcedCut: forcedCut.slice(0, cut),
      trailing: t,
      runIndex: runIndex.slice(0, cut),
    });
  }
  return layouts;
}

/** ASCII whitespace, no-break space, ideographic space and the other Unicode spaces. */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0xfeff
  );
}
