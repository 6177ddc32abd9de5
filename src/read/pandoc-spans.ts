// Pandoc markdown's bracketed span, `[text]{attributes}` (pandoc -t markdown of a web page keeps each
// <span style=…> so): the text without brackets or attributes. Both on one line, no brackets inside.
const SPAN = /\[([^[\]\n]*)\]\{[^{}\n]*\}/gu;

// Characters a terminal draws two columns wide: blanked with an ideographic space, so that a table's
// columns, measured in display width (as pandoc measures them), stay where they were.
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
const blank = (markup: string) => {
  let out = '';
  for (const ch of markup) out += ch.length === 2 ? '\u3000 ' : WIDE.test(ch) ? '\u3000' : ' ';
  return out;
};

/**
 * Blanks pandoc markdown's span markup — `[规章]{style="font-size: 14px;"}` becomes ` 规章` and spaces —
 * keeping every other character where it was: the text keeps its length, so spans into it are spans
 * into the input, and the columns of pandoc's simple tables stay where their rule of dashes sets them
 * (a wide character of the markup becomes an ideographic space).
 * Nested spans are undone from the inside out. Returns the input itself when it has no `]{`.
 *
 * @example
 * blankPandocSpans('[规章]{style="x"}').trimEnd(); // ' 规章'
 */
export function blankPandocSpans(input: string): string {
  if (!input.includes(']{')) return input;
  let text = input;
  for (let pass = 0; pass < 4; pass++) {
    const next = text.replace(SPAN, (all: string, inner: string) => ` ${inner}${blank(all.slice(inner.length + 1))}`);
    if (next === text) break;
    text = next;
  }
  return text;
}
