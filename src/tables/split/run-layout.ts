/**
 * Turns a raw run (digits and spaces) into the digit string the splitter works on.
 *
 * @module
 */

import { isWhiteSpace } from '../white-space.js';
import type { RunRow } from './types.js';

/**
 * A run read for splitting: its digits, where spaces force a cell boundary, and where each digit was.
 *
 * @example
 * runLayout({ run: '22 0000325', arity: 7 });
 * // { digits: '220000325', forcedCut: [false, false, true, false, …], runIndex: [0, 1, 3, 4, …] }
 */
export interface RunLayout {
  /** The digits that must be split into cells. */
  digits: string;
  /** `forcedCut[i]` is true when a cell boundary must fall just before `digits[i]` (a space stood there). */
  forcedCut: boolean[];
  /** `runIndex[i]` is the offset of `digits[i]` in the original run. */
  runIndex: number[];
}

/**
 * Parses `row.run` into the digits to split. Throws `RangeError` on characters other than ASCII
 * digits and whitespace.
 *
 * @example
 * runLayout({ run: '230 000023', arity: 7 }).digits; // '230000023'
 */
export function runLayout(row: RunRow): RunLayout {
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
    } else if (isWhiteSpace(code)) {
      pendingCut = true;
    } else {
      throw new RangeError(`run ${JSON.stringify(row.run)}: unexpected character ${JSON.stringify(row.run[i])} at ${i}`);
    }
  }
  return { digits: digitChars.join(''), forcedCut, runIndex };
}
