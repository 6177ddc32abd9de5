import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { decodeReport } from '../io/decode.js';
import type { ParseOptions } from '../index.js';
import { asReport, type ReportWithText } from './as-report.js';
import { kindOfBytes, type InputKind } from './input-kind.js';
import type { Library } from './library.js';
import { loadBinaryParser } from './load-library.js';
import type { TaskInput, TaskSettings } from './task.js';

/**
 * A parsed input, with how it was decoded.
 *
 * @example
 * const settings: TaskSettings = { mode: 'parse', format: 'csv', quiet: false, blankAsZero: false };
 * const { report, text, encoding, confident } = await loadReport({ type: 'file', path: 'corpus/seed-luohe-2021.txt', kind: 'text' }, lib, settings);
 * encoding; // → 'utf-8'
 */
export interface Loaded extends ReportWithText {
  /** The decoder used for text and HTML; null for .docx and PDF. */
  encoding: string | null;
  confident: boolean;
}

/**
 * `kind` comes from the file's extension, which decides: a .txt is read as text even when it
 * starts with a tag. Without one (stdin, a file named without a known extension) the bytes decide:
 * a PDF or .docx by its magic number, else text or HTML as the parser sniffs it.
 */
async function fromBytes(bytes: Uint8Array, name: string, named: InputKind | null, lib: Library, settings: TaskSettings): Promise<Loaded> {
  const kind = named ?? kindOfBytes(bytes);
  const options: ParseOptions = { blankAsZero: settings.blankAsZero };
  if (kind === 'docx' || kind === 'pdf') {
    const parse = await loadBinaryParser(kind, lib);
    // A plain copy: pdf.js refuses Node Buffers and may detach the buffer it is given.
    return { ...asReport(await parse(new Uint8Array(bytes), options), lib), encoding: null, confident: true };
  }
  const decoded = decodeReport(bytes, settings.encoding === undefined ? { fileName: name } : { fileName: name, encoding: settings.encoding });
  if (named === 'html' || named === 'text') options.format = named;
  options.decoded = decoded;
  return { report: lib.parseReport(decoded.text, options), text: decoded.text, encoding: decoded.encoding, confident: decoded.confident };
}

function fromLine(line: string, lib: Library, settings: TaskSettings): Loaded & { id: unknown } {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    throw Object.assign(new Error(`not JSON (${(error as Error).message})`), { id: null });
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw Object.assign(new Error('expected an object like {"id": …, "text": …}'), { id: null });
  }
  const { id = null, text, html } = record as { id?: unknown; text?: unknown; html?: unknown };
  const input = typeof html === 'string' ? html : text;
  if (typeof input !== 'string') throw Object.assign(new Error('no "text" or "html" string'), { id });
  // The key says what the string is: "text" is read as text, "html" as HTML.
  const options: ParseOptions = { blankAsZero: settings.blankAsZero, format: typeof html === 'string' ? 'html' : 'text' };
  return { id, report: lib.parseReport(input, options), text: input, encoding: null, confident: true };
}

/**
 * Reads a regular file. It is opened non-blocking and checked first: a FIFO put in its place
 * since the listing would block the worker in a read no timeout can end.
 */
function readRegularFile(path: string): Uint8Array {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new Error(info.isDirectory() ? 'is a folder' : 'not a regular file: not read');
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads one task's input into a report: a file or stdin's bytes are decoded (text, HTML) or
 * handed to the .docx/PDF reader; a `--jsonl-in` line is parsed as `{"id", "text"|"html"}`.
 * Rejects with a readable reason (a line's error carries its `id` when it has one).
 *
 * @example
 * const settings: TaskSettings = { mode: 'parse', format: 'csv', quiet: false, blankAsZero: false };
 * const { report, text, encoding } = await loadReport({ type: 'file', path: 'corpus/t2019-tabs.txt', kind: 'text' }, lib, settings);
 * report.template; // → '2019'
 */
export async function loadReport(input: TaskInput, lib: Library, settings: TaskSettings): Promise<Loaded & { id?: unknown }> {
  if (input.type === 'line') return fromLine(input.line, lib, settings);
  // Synchronous on purpose: this runs in a worker thread, where blocking costs nothing, and an
  // async read of a small file costs more than parsing it.
  const bytes = input.type === 'file' ? readRegularFile(input.path) : input.bytes;
  const name = input.type === 'file' ? input.path : input.name;
  return fromBytes(bytes, name, input.kind, lib, settings);
}
