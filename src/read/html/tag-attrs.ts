import type { ChromeAttrs } from './chrome.js';

/** The attributes of a start tag that the text stage reads. */
export interface TagAttrs extends ChromeAttrs {
  rowspan: string;
  colspan: string;
}

const NONE = 0;
const CLASS = 1;
const ID = 2;
const STYLE = 3;
const HIDDEN = 4;
const ROWSPAN = 5;
const COLSPAN = 6;
const NAMES: ReadonlyArray<readonly [string, number]> = [
  ['class', CLASS], ['id', ID], ['style', STYLE], ['hidden', HIDDEN], ['rowspan', ROWSPAN], ['colspan', COLSPAN],
];

/** Which attribute html[start, end) names (ASCII case-insensitive), without slicing it. */
function kindOf(html: string, start: number, end: number): number {
  const len = end - start;
  if (len < 2 || len > 7) return NONE;
  outer: for (const [name, kind] of NAMES) {
    if (name.length !== len) continue;
    for (let i = 0; i < len; i++) {
      if ((html.charCodeAt(start + i) | 0x20) !== name.charCodeAt(i)) continue outer;
    }
    return kind;
  }
  return NONE;
}

/**
 * Collects class/id/style/hidden/rowspan/colspan from the tokenizer's attribute events (entities
 * decoded, first occurrence wins) and ignores every other attribute without copying it.
 */
export class AttrCollector {
  attrs: TagAttrs = AttrCollector.empty();
  private kind = NONE;
  private value = '';

  constructor(private readonly html: string) {}

  static empty(): TagAttrs {
    return { className: '', id: '', style: '', hidden: false, rowspan: '', colspan: '' };
  }

  /** A new start tag begins. */
  reset(): void {
    this.attrs = AttrCollector.empty();
  }

  name(start: number, end: number): void {
    this.kind = kindOf(this.html, start, end);
    this.value = '';
  }

  data(start: number, end: number): void {
    if (this.kind !== NONE) this.value += this.html.slice(start, end);
  }

  entity(codepoint: number): void {
    if (this.kind !== NONE) this.value += String.fromCodePoint(codepoint);
  }

  end(): void {
    const kind = this.kind;
    if (kind === NONE) return;
    const a = this.attrs;
    const v = this.value;
    if (kind === CLASS) { if (a.className === '') a.className = v; }
    else if (kind === ID) { if (a.id === '') a.id = v; }
    else if (kind === STYLE) { if (a.style === '') a.style = v; }
    else if (kind === HIDDEN) a.hidden = true;
    else if (kind === ROWSPAN) { if (a.rowspan === '') a.rowspan = v; }
    else if (a.colspan === '') a.colspan = v;
    this.kind = NONE;
  }
}
