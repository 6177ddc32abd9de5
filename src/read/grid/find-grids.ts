import { strokeOf } from './chars.js';

/** A block of lines that draws a table: the [start, end) offsets of each line. */
export type GridBlock = Array<[number, number]>;

const isStroke = (c: number) => strokeOf(c) !== null;
// A box-drawing character, or an ASCII rule ("+-", "+=", "-+"): worth looking for tables at all.
const MAYBE_GRID = /[\u2500-\u257f]|\+[-=:]|[-=]\+/u;

// Either kind of drawn table: a box-drawing character, an ASCII rule, or a rule of two runs of dashes.
// Tested in parts, each only when a native search finds the characters it needs: most texts have no
// "+", "--" nor "==", and one pattern of four alternatives is tried at every position of the text.
const BOX_CHAR = /[\u2500-\u257f]/u;
const PLUS_RULE = /\+[-=:]|[-=]\+/u;
const DASH_RULE = /(?:--|==) +(?:--|==)/u;

/**
 * Whether `text` may hold a table drawn in text (one pass; most reports hold none, and are left as they are).
 *
 * @example
 * mayDrawTables('规章\t0\t0\t0'); // false
 * mayDrawTables('+----+\n| 规章 |'); // true
 */
export function mayDrawTables(text: string): boolean {
  if (BOX_CHAR.test(text)) return true;
  if (text.includes('+') && PLUS_RULE.test(text)) return true;
  return (text.includes('--') || text.includes('==')) && DASH_RULE.test(text);
}

/**
 * Finds the tables drawn with rules and bars in `text`: runs of two or more lines that start and end
 * (after spaces) with a stroke (`+`, `|` or a box-drawing character), at least one of them a rule
 * drawn with `+` or box-drawing junctions (`+----+`, `├──┼──┤`). Markdown and org pipe tables, which
 * are ruled with `|`, are left to the line reader.
 *
 * @example
 * findGrids('+--+\n|a |\n+--+').length; // 1
 */
export function findGrids(text: string): GridBlock[] {
  if (!MAYBE_GRID.test(text)) return [];
  const out: GridBlock[] = [];
  let block: GridBlock = [];
  let ruled = false;
  const close = () => {
    if (block.length >= 2 && ruled) out.push(block);
    block = [];
    ruled = false;
  };
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let e = nl;
    if (e > pos && text.charCodeAt(e - 1) === 13) e--;
    let a = pos;
    while (a < e && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9 || text.charCodeAt(a) === 0x3000)) a++;
    let b = e;
    while (b > a && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
    if (b > a && isStroke(text.charCodeAt(a)) && isStroke(text.charCodeAt(b - 1)) && (b - a > 1 || block.length > 0)) {
      block.push([pos, b]);
      const first = strokeOf(text.charCodeAt(a));
      if (!ruled && first === 'junction' && strokeOf(text.charCodeAt(a + 1)) === 'horizontal') ruled = true;
    } else close();
    pos = nl + 1;
  }
  close();
  return out;
}
