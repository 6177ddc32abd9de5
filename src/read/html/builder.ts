import type { QuoteType, TokenizerCallbacks } from 'htmlparser2';
import { isHtmlSpace } from './chars.js';
import { isChromeElement } from './chrome.js';
import { LineWriter, type WriterSnapshot } from './line-writer.js';
import { titleField } from './meta.js';
import { type GridCell, type Row, TableGrid, parseSpan } from './table-grid.js';
import { NATIONAL_LABEL_HINTS } from '../../templates/national-vocabulary.js';
import { isNumericCell, isReportLabelCell, renderLine, renderRow } from './table-render.js';
import { AttrCollector } from './tag-attrs.js';
import {
  BLOCK_TAGS, BREAK_TAGS, HEAD_CONTENT, OPEN_IMPLIES_CLOSE, SKIP_TAGS, TABLE_PART_TAGS, VOID_TAGS,
} from './tags.js';
import type { MetaField } from './types.js';

/** Tables nested deeper than this are read as plain blocks (bounds the copying of nested rows). */
const MAX_TABLE_DEPTH = 12;

const F_SKIP = 1;
const F_BLOCK = 2;
const F_TABLE = 4;
const F_ROW = 8;
const F_CELL = 16;
const F_CAPTION = 32;
const F_PRE = 64;
const F_TITLE = 128;
const F_FOREIGN = 256;
const F_HEAD = 512;
const F_SECTION = 1024;
const F_BOUNDARY = 2048;
const F_FLAT = 4096;

/** An open element. */
interface Frame {
  readonly tag: string;
  readonly flags: number;
  readonly region: Region | null;
  readonly table: TableGrid | null;
  readonly cell: GridCell | null;
  readonly row: Row | null;
}

/** An open chrome element: what was written before it, to drop what it wrote. */
interface Region {
  readonly writer: LineWriter;
  readonly snap: WriterSnapshot;
  readonly dataTables: number;
}

/** A closed chrome element of the document (not inside a table cell): a candidate for dropping. */
export interface ChromeRange {
  readonly start: number;
  readonly end: number;
  readonly nonSpace: number;
}

/**
 * Receives htmlparser2 tokenizer events and renders the document into a {@link LineWriter}:
 * keeps its own element stack (linear in depth, no recursion), expands tables into grids, skips
 * invisible elements and records chrome elements for dropping.
 */
export class TextBuilder implements TokenizerCallbacks {
  /** The document's text, before metadata lines and chrome are dropped. */
  readonly root = new LineWriter(1024);
  /** Chrome elements of the document, closed, in closing order. */
  readonly chrome: ChromeRange[] = [];
  title: MetaField | null = null;

  private writer: LineWriter | null = this.root;
  private readonly frames: Frame[] = [];
  private readonly depthsByName = new Map<string, number[]>();
  /** Depths of open cells, captions and tables: end tags do not close elements outside them. */
  private readonly boundaries: number[] = [];
  /** Open tables and cells, innermost last. */
  private readonly ctx: Array<TableGrid | GridCell> = [];
  private readonly tables: TableGrid[] = [];
  private skipDepth = 0;
  private foreignDepth = 0;
  private flatDepth = 0;
  private headDepth = -1;
  private titleWriter: LineWriter | null = null;
  private dataTables = 0;

  private tagName = '';
  private tagStart = 0;
  private readonly attrs: AttrCollector;

  constructor(
    private readonly html: string,
    /** Labels only a report's tables print (the templates' `labelHints`): a table holding one is data. */
    private readonly labelHints: RegExp = NATIONAL_LABEL_HINTS,
  ) {
    this.attrs = new AttrCollector(html);
  }

  // ---- tokenizer callbacks -------------------------------------------------------------------

  onopentagname(start: number, endIndex: number): void {
    this.tagName = this.html.slice(start, endIndex).toLowerCase();
    this.tagStart = start - 1;
    this.attrs.reset();
  }

  onattribname(start: number, endIndex: number): void {
    this.attrs.name(start, endIndex);
  }

  onattribdata(start: number, endIndex: number): void {
    this.attrs.data(start, endIndex);
  }

  onattribentity(codepoint: number): void {
    this.attrs.entity(codepoint);
  }

  onattribend(_quote: QuoteType, _endIndex: number): void {
    this.attrs.end();
  }

  onopentagend(_endIndex: number): void {
    this.openTag(this.tagName, this.tagStart, false);
  }

  onselfclosingtag(_endIndex: number): void {
    this.openTag(this.tagName, this.tagStart, true);
  }

  onclosetag(start: number, endIndex: number): void {
    this.closeTag(this.html.slice(start, endIndex).toLowerCase(), start - 2);
  }

  ontext(start: number, endIndex: number): void {
    if (this.titleWriter) {
      this.titleWriter.text(this.html, start, endIndex);
      return;
    }
    const html = this.html;
    if (this.headDepth >= 0 && this.headDepth === this.frames.length - 1 && hasNonSpace(html, start, endIndex)) {
      this.popTo(this.headDepth, start);
    }
    if (this.skipDepth > 0 || this.foreignDepth > 0) return;
    let w = this.writer;
    if (w === null) {
      if (!hasNonSpace(html, start, endIndex)) return;
      w = this.openImplicitCell(start);
    }
    w.text(html, start, endIndex);
  }

  ontextentity(codepoint: number, endIndex: number): void {
    const offset = this.html.lastIndexOf('&', endIndex - 1);
    if (this.titleWriter) {
      this.titleWriter.codePoint(codepoint, offset);
      return;
    }
    const space = isHtmlSpace(codepoint);
    if (this.headDepth >= 0 && this.headDepth === this.frames.length - 1 && !space) {
      this.popTo(this.headDepth, offset);
    }
    if (this.skipDepth > 0 || this.foreignDepth > 0) return;
    let w = this.writer;
    if (w === null) {
      if (space) return;
      w = this.openImplicitCell(offset);
    }
    w.codePoint(codepoint, offset);
  }

  onend(): void {
    this.popTo(0, this.html.length);
  }

  isInForeignContext(): boolean {
    return this.foreignDepth > 0;
  }

  oncdata(): void {}
  oncomment(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}

  // ---- start tags ----------------------------------------------------------------------------

  private openTag(name: string, start: number, selfClosingSyntax: boolean): void {
    const implied = OPEN_IMPLIES_CLOSE.get(name);
    if (implied) {
      while (this.frames.length > 0 && implied.has(this.frames[this.frames.length - 1]!.tag)) this.popFrame(start);
    }
    if (this.headDepth >= 0 && !HEAD_CONTENT.has(name)) this.popTo(this.headDepth, start);
    const selfClosing = selfClosingSyntax && (this.foreignDepth > 0 || name === 'svg' || name === 'math');
    if (VOID_TAGS.has(name) || selfClosing) {
      if (BREAK_TAGS.has(name) && this.skipDepth === 0 && this.foreignDepth === 0) this.writer?.brk(start);
      return;
    }
    if (this.skipDepth > 0 || this.foreignDepth > 0) this.openHidden(name);
    else if (name === 'table') this.openTable(start);
    else if (this.flatDepth === 0 && this.tables.length > 0 && TABLE_PART_TAGS.has(name)) this.openTablePart(name, start);
    else this.openElement(name, start);
  }

  /** A start tag inside skipped content: tracked for nesting only (and <title> in <head>). */
  private openHidden(name: string): void {
    let flags = SKIP_TAGS.has(name) ? F_SKIP : 0;
    if (name === 'svg' || name === 'math') flags |= F_FOREIGN;
    else if (name === 'title' && this.foreignDepth === 0) flags |= this.startTitle();
    this.pushFrame(name, flags, null, null, null, null);
  }

  private startTitle(): number {
    if (this.title !== null || this.titleWriter !== null) return 0;
    this.titleWriter = new LineWriter();
    return F_TITLE;
  }

  private openElement(name: string, start: number): void {
    if (SKIP_TAGS.has(name)) {
      let flags = F_SKIP;
      if (name === 'svg' || name === 'math') flags |= F_FOREIGN;
      if (name === 'head') flags |= F_HEAD;
      this.pushFrame(name, flags, null, null, null, null);
      return;
    }
    if (name === 'title') {
      this.pushFrame(name, this.startTitle() | F_SKIP, null, null, null, null);
      return;
    }
    const w = this.writer;
    let flags = 0;
    const region = w !== null && isChromeElement(name, this.attrs.attrs) ? this.startRegion(w) : null;
    if (BLOCK_TAGS.has(name)) {
      flags |= F_BLOCK;
      w?.brk(start);
    }
    if (name === 'pre' && w === this.root) {
      this.root.pre++;
      flags |= F_PRE;
    }
    this.pushFrame(name, flags, region, null, null, null);
  }

  private openTable(start: number): void {
    if (this.flatDepth > 0 || this.tables.length >= MAX_TABLE_DEPTH) {
      this.writer?.brk(start);
      this.pushFrame('table', F_FLAT | F_BLOCK, null, null, null, null);
      return;
    }
    // A <table> directly inside a table (not in a cell) ends that table, as in browsers.
    const top = this.ctx[this.ctx.length - 1];
    if (top instanceof TableGrid) this.popTo(top.frameDepth, start);
    const parent = this.writer ?? this.root;
    const holder = this.ctx[this.ctx.length - 1];
    if (holder !== undefined && !(holder instanceof TableGrid)) holder.nested = true;
    const region = isChromeElement('table', this.attrs.attrs) ? this.startRegion(parent) : null;
    parent.brk(start);
    const grid = new TableGrid(parent, this.frames.length);
    this.pushFrame('table', F_TABLE | F_BOUNDARY, region, grid, null, null);
    this.tables.push(grid);
    this.enter(grid);
  }

  private openTablePart(name: string, start: number): void {
    const t = this.tables[this.tables.length - 1]!;
    const attrs = this.attrs.attrs;
    switch (name) {
      case 'td':
      case 'th': {
        this.closeCell(t, start);
        const row = t.row ?? t.openRow(start, -1);
        const depth = this.frames.length;
        const cell = t.openCell(row, start, depth, parseSpan(attrs.rowspan, true), parseSpan(attrs.colspan, false));
        this.enter(cell);
        const region = isChromeElement(name, attrs) ? this.startRegion(cell.writer) : null;
        this.pushFrame(name, F_CELL | F_BOUNDARY, region, t, cell, null);
        return;
      }
      case 'tr': {
        this.closeRow(t, start);
        const row = t.openRow(start, this.frames.length);
        this.pushFrame(name, F_ROW, null, t, null, row);
        return;
      }
      case 'caption': {
        this.closeRow(t, start);
        const cell: GridCell = { writer: new LineWriter(), col: 0, tag: start, frameDepth: this.frames.length, nested: false };
        t.caption = cell;
        this.enter(cell);
        this.pushFrame(name, F_CAPTION | F_BOUNDARY, null, t, cell, null);
        return;
      }
      default: // tbody, thead, tfoot
        this.closeRow(t, start);
        t.newSection();
        this.pushFrame(name, F_SECTION, null, t, null, null);
    }
  }

  /** Text directly inside a table (outside any cell) goes into a cell of its own. */
  private openImplicitCell(offset: number): LineWriter {
    const t = this.ctx[this.ctx.length - 1] as TableGrid;
    const row = t.row ?? t.openRow(offset, -1);
    const cell = t.openCell(row, offset, -1, 1, 1);
    this.enter(cell);
    return cell.writer;
  }

  // ---- end tags ------------------------------------------------------------------------------

  private closeTag(name: string, start: number): void {
    const hidden = this.skipDepth > 0 || this.foreignDepth > 0;
    if (VOID_TAGS.has(name)) {
      if (name === 'br' && !hidden) this.writer?.brk(start);
      return;
    }
    if (name === 'body' || name === 'html') return;
    const list = this.depthsByName.get(name);
    const d = list !== undefined && list.length > 0 ? list[list.length - 1]! : -1;
    let inScope = d >= 0;
    if (inScope && name !== 'table') {
      if (this.flatDepth === 0 && TABLE_PART_TAGS.has(name)) {
        const t = this.tables[this.tables.length - 1];
        inScope = t === undefined || d > t.frameDepth;
      } else {
        const b = this.boundaries.length > 0 ? this.boundaries[this.boundaries.length - 1]! : -1;
        inScope = b <= d;
      }
    }
    if (inScope) this.popTo(d, start);
    else if (name === 'p' && !hidden) this.writer?.brk(start);
  }

  private popTo(depth: number, offset: number): void {
    while (this.frames.length > depth) this.popFrame(offset);
  }

  private pushFrame(tag: string, flags: number, region: Region | null, table: TableGrid | null, cell: GridCell | null, row: Row | null): void {
    const depth = this.frames.length;
    this.frames.push({ tag, flags, region, table, cell, row });
    let list = this.depthsByName.get(tag);
    if (list === undefined) {
      list = [];
      this.depthsByName.set(tag, list);
    }
    list.push(depth);
    if (flags & F_BOUNDARY) this.boundaries.push(depth);
    if (flags & F_SKIP) this.skipDepth++;
    if (flags & F_FOREIGN) this.foreignDepth++;
    if (flags & F_HEAD) this.headDepth = depth;
    if (flags & F_FLAT) this.flatDepth++;
  }

  private popFrame(offset: number): void {
    const f = this.frames.pop()!;
    const flags = f.flags;
    this.depthsByName.get(f.tag)!.pop();
    if (flags & F_BOUNDARY) this.boundaries.pop();
    if (flags & F_SKIP) this.skipDepth--;
    if (flags & F_FOREIGN) this.foreignDepth--;
    if (flags & F_HEAD) this.headDepth = -1;
    if (flags & F_FLAT) this.flatDepth--;
    if (flags & F_TITLE) this.finishTitle();
    const t = f.table;
    if (flags & (F_CELL | F_CAPTION)) {
      if (f.region) this.endRegion(f.region);
      if (t!.cell === f.cell) this.finishCell(t!);
      else if (t!.caption === f.cell) this.finishCaption(t!, offset);
      return;
    }
    if (flags & F_ROW) {
      if (t!.row === f.row) this.finishRow(t!, offset);
    } else if (flags & F_SECTION) {
      if (t!.cell !== null && t!.cell.frameDepth < 0) this.finishCell(t!);
      if (t!.row !== null && t!.row.frameDepth < 0) this.finishRow(t!, offset);
    } else if (flags & F_TABLE) {
      this.finishTable(t!, offset);
    }
    if (f.region) this.endRegion(f.region);
    if (flags & F_PRE) this.root.pre--;
    if (flags & F_BLOCK) this.writer?.brk(offset);
  }

  // ---- tables --------------------------------------------------------------------------------

  private closeCell(t: TableGrid, offset: number): void {
    if (t.caption !== null) this.popTo(t.caption.frameDepth, offset);
    const cell = t.cell;
    if (cell === null) return;
    if (cell.frameDepth >= 0) this.popTo(cell.frameDepth, offset);
    else this.finishCell(t);
  }

  private closeRow(t: TableGrid, offset: number): void {
    this.closeCell(t, offset);
    const row = t.row;
    if (row === null) return;
    if (row.frameDepth >= 0) this.popTo(row.frameDepth, offset);
    else this.finishRow(t, offset);
  }

  private finishCell(t: TableGrid): void {
    const cell = t.cell!;
    t.cell = null;
    if (!t.isData) {
      if (isNumericCell(cell)) t.numericCells++;
      else if (isReportLabelCell(cell, this.labelHints)) t.reportLabel = true;
    }
    this.leave(cell);
  }

  private finishCaption(t: TableGrid, offset: number): void {
    const cell = t.caption!;
    t.caption = null;
    this.leave(cell);
    renderLine(cell, t.parent, offset);
  }

  private finishRow(t: TableGrid, offset: number): void {
    if (t.cell !== null) this.finishCell(t);
    const row = t.closeRow();
    if (row !== null) renderRow(row, t.parent, offset);
  }

  private finishTable(t: TableGrid, offset: number): void {
    if (t.caption !== null) this.finishCaption(t, offset);
    if (t.row !== null) this.finishRow(t, offset);
    const i = this.tables.lastIndexOf(t);
    if (i >= 0) this.tables.splice(i, 1);
    this.leave(t);
    t.parent.brk(offset);
    if (t.isData) this.dataTables++;
  }

  private enter(c: TableGrid | GridCell): void {
    this.ctx.push(c);
    this.writer = c instanceof TableGrid ? null : c.writer;
  }

  private leave(c: TableGrid | GridCell): void {
    const ctx = this.ctx;
    if (ctx[ctx.length - 1] === c) ctx.pop();
    else {
      const i = ctx.lastIndexOf(c);
      if (i >= 0) ctx.splice(i, 1);
    }
    const top = ctx[ctx.length - 1];
    this.writer = top === undefined ? this.root : top instanceof TableGrid ? null : top.writer;
  }

  // ---- chrome, title -------------------------------------------------------------------------

  private startRegion(writer: LineWriter): Region {
    return { writer, snap: writer.snapshot(), dataTables: this.dataTables };
  }

  /**
   * A chrome element ended. One holding a data table is kept. Inside a table cell it is dropped
   * now; in the document it becomes a candidate, dropped at the end unless it holds most of the text.
   */
  private endRegion(r: Region): void {
    if (this.dataTables > r.dataTables) return;
    if (r.writer !== this.root) {
      r.writer.restore(r.snap);
      return;
    }
    const start = r.snap.length;
    const end = this.root.length;
    if (end > start) this.chrome.push({ start, end, nonSpace: this.root.nonSpace - r.snap.nonSpace });
  }

  private finishTitle(): void {
    const w = this.titleWriter;
    this.titleWriter = null;
    if (w !== null) this.title = titleField(w.codes, w.map, w.length, this.html);
  }
}

function hasNonSpace(html: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isHtmlSpace(html.charCodeAt(i))) return true;
  return false;
}
