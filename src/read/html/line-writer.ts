import { CR, LF, SPACE, TAB, isHtmlSpace, isInvisible, isWide } from './chars.js';

const NO_CODES = new Uint16Array(0);
const NO_MAP = new Int32Array(0);

/** Saved state of a {@link LineWriter}, to drop what was written after it. */
export interface WriterSnapshot {
  readonly length: number;
  readonly lineLen: number;
  readonly last: number;
  readonly pendingSpace: number;
  readonly pendingNl: boolean;
  readonly pendingBreak: number;
  readonly nonSpace: number;
}

/**
 * Accumulates rendered text as UTF-16 code units with, for each, its offset in the HTML.
 *
 * Whitespace runs collapse to one space (mapped to the run's first character) and are dropped at
 * line edges; a run containing a line break between two wide (CJK) characters of the same text
 * node is dropped entirely (a source line wrap inside Chinese text, CSS Text 3 segment-break rule).
 * `brk()` ends the current line lazily: the '\n' is written (mapped to the offset given to the first
 * `brk()` after the line's content) only when more content follows, so no empty lines are produced.
 */
export class LineWriter {
  /** UTF-16 code units written; valid up to `length`. */
  codes: Uint16Array;
  /** HTML offset of each code unit; valid up to `length`. */
  map: Int32Array;
  /** Number of code units written. */
  length = 0;
  /** Characters written that are not space, tab or newline. */
  nonSpace = 0;
  /** Depth of <pre> elements (only honoured by the document writer). */
  pre = 0;
  private lineLen = 0;
  private last = 0;
  private pendingSpace = -1;
  private pendingNl = false;
  private pendingBreak = -1;
  /** Text node counter: the CJK wrap rule only applies inside one text node. */
  private node = 0;
  private lastNode = -1;
  private spaceNode = -1;

  /** Buffers are allocated on the first write: empty table cells cost no typed arrays. */
  constructor(capacity = 0) {
    this.codes = capacity > 0 ? new Uint16Array(capacity) : NO_CODES;
    this.map = capacity > 0 ? new Int32Array(capacity) : NO_MAP;
  }

  /** Write html[start, end) as text. */
  text(html: string, start: number, end: number): void {
    this.node++;
    for (let i = start; i < end; i++) {
      const c = html.charCodeAt(i);
      if (isHtmlSpace(c)) this.space(c, i);
      else if (!isInvisible(c)) this.put(c, i);
    }
  }

  /** Write one decoded character (an entity) whose source starts at `offset`. */
  codePoint(cp: number, offset: number): void {
    if (cp > 0xffff) {
      const v = cp - 0x10000;
      this.put(0xd800 + (v >> 10), offset);
      this.put(0xdc00 + (v & 0x3ff), offset);
    } else if (isHtmlSpace(cp)) {
      this.space(cp, offset);
    } else if (!isInvisible(cp)) {
      this.put(cp, offset);
    }
  }

  /** A whitespace character at `offset`. */
  space(c: number, offset: number): void {
    if (this.pre > 0) {
      if (c === LF) this.brk(offset);
      else if (c !== CR) this.put(c === TAB ? TAB : SPACE, offset);
      return;
    }
    if (this.lineLen === 0 || this.pendingBreak >= 0) return;
    if (this.pendingSpace < 0) {
      this.pendingSpace = offset;
      this.spaceNode = this.node;
    }
    if ((c === LF || c === CR) && this.spaceNode === this.node && this.lastNode === this.node) this.pendingNl = true;
  }

  /** Write a character verbatim (flushing a pending line break or space first). */
  put(c: number, offset: number): void {
    if (this.pendingBreak >= 0) {
      this.emit(LF, this.pendingBreak);
      this.pendingBreak = -1;
    } else if (this.pendingSpace >= 0) {
      const wrap = this.pendingNl && this.spaceNode === this.node && isWide(this.last) && isWide(c);
      if (!wrap) this.emit(SPACE, this.pendingSpace);
    }
    this.pendingSpace = -1;
    this.pendingNl = false;
    this.emit(c, offset);
  }

  /** End the current line (if it has content); `offset` is the tag that causes the break. */
  brk(offset: number): void {
    this.pendingSpace = -1;
    this.pendingNl = false;
    if (this.lineLen > 0 && this.pendingBreak < 0) this.pendingBreak = offset;
  }

  snapshot(): WriterSnapshot {
    return {
      length: this.length,
      lineLen: this.lineLen,
      last: this.last,
      pendingSpace: this.pendingSpace,
      pendingNl: this.pendingNl,
      pendingBreak: this.pendingBreak,
      nonSpace: this.nonSpace,
    };
  }

  /** Drop everything written since `s` was taken. */
  restore(s: WriterSnapshot): void {
    this.length = s.length;
    this.lineLen = s.lineLen;
    this.last = s.last;
    this.pendingSpace = s.pendingSpace;
    this.pendingNl = s.pendingNl;
    this.pendingBreak = s.pendingBreak;
    this.nonSpace = s.nonSpace;
  }

  private emit(c: number, offset: number): void {
    const n = this.length;
    if (n === this.codes.length) this.grow();
    this.codes[n] = c;
    this.map[n] = offset;
    this.length = n + 1;
    if (c === LF) {
      this.lineLen = 0;
    } else {
      this.lineLen++;
      if (c !== SPACE && c !== TAB) this.nonSpace++;
    }
    this.last = c;
    this.lastNode = this.node;
  }

  private grow(): void {
    const capacity = Math.max(16, this.codes.length * 2);
    const codes = new Uint16Array(capacity);
    codes.set(this.codes);
    const map = new Int32Array(capacity);
    map.set(this.map);
    this.codes = codes;
    this.map = map;
  }
}
