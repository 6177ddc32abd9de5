import { availableParallelism } from 'node:os';
import { isMainThread, Worker } from 'node:worker_threads';
import { pdfJsPaths, readerLimit, readerWorkerFile, type ReaderData, type ReaderJob, type ReaderReply } from './pdfjs.js';
import { pagesOfPart } from './read-document.js';
import type { PagePart, ReaderMessage } from './read-document.js';

export type { RawPage, ReaderMessage } from './read-document.js';

/** How reading one document ended. */
export interface ReadEnd {
  end: 'done' | 'timeout' | 'crashed';
  error?: string;
}

/** One document to read, and where its reading stands. */
interface Job {
  id: number;
  bytes: Uint8Array;
  maxPages: number;
  timeoutMs: number;
  onMessage: (m: ReaderMessage) => void;
  resolve: (end: ReadEnd) => void;
  /** Parts not yet finished, and the readers reading them. */
  partsLeft: number;
  readers: Set<Reader>;
  docSent: boolean;
  ended: boolean;
  /** A copy of the bytes, kept while the document may still be shared with a second reader. */
  copy: Uint8Array | null;
  timer: ReturnType<typeof setTimeout> | null;
}

/** A reader thread of the pool and the document (part) it is reading, if any. */
interface Reader {
  worker: Worker;
  job: Job | null;
  /** The last page the reader is to read of its document (0: all), shared with the thread. */
  limit: Int32Array;
}

/**
 * At most this many reader threads at once: one per core (a document part is read in one
 * thread, so more would only wait for a core), and never more than 8.
 */
const MAX_READERS = Math.max(1, Math.min(8, availableParallelism()));
/**
 * A document of this many pages or more is shared between two readers when a second one is free:
 * the first, which opened it, stops halfway, and the second reads the rest at once — in the main
 * thread only: in a worker thread (the command's workers, each reading its own files) the other
 * cores are already at work. Each reader loads the document's fonts, which for a CJK report costs
 * more than most of its pages: measured side by side, a 17-page report took 1.5× as long shared
 * as read by one thread (2.4× pdf.js's own text extraction against 1.4–1.65×), so only long
 * documents (compilations of many reports) are shared.
 */
const SPLIT_PAGES = isMainThread ? 48 : Infinity;

const idle: Reader[] = [];
const busy = new Set<Reader>();
const waiting: Job[] = [];
let nextId = 1;

/** Ends a document (once): its timer and its result. Readers still on it are the caller's to handle. */
function endJob(job: Job, end: ReadEnd): void {
  if (job.ended) return;
  job.ended = true;
  if (job.timer) clearTimeout(job.timer);
  job.resolve(end);
}

/** A reader that has finished its part: it takes the next document waiting, or rests (not keeping the process alive). */
function release(reader: Reader): void {
  reader.job?.readers.delete(reader);
  reader.job = null;
  busy.delete(reader);
  idle.push(reader);
  reader.worker.unref();
  dispatch();
}

/** Ends a reader thread (its document hung or crashed it): only that document is lost. */
function discard(reader: Reader, end: ReadEnd): void {
  const job = reader.job;
  reader.job = null;
  busy.delete(reader);
  const i = idle.indexOf(reader);
  if (i >= 0) idle.splice(i, 1);
  reader.worker.removeAllListeners();
  reader.worker.on('error', () => undefined);
  void reader.worker.terminate().catch(() => undefined);
  if (job) {
    job.readers.delete(reader);
    endJob(job, end);
    // The other part of the document is of no use any more.
    for (const other of [...job.readers]) discard(other, end);
  }
  dispatch();
}

function spawn(file: string): Reader {
  const limit = new SharedArrayBuffer(4);
  // No flags of this process (--input-type, --cpu-prof…) are passed on; the heap is bounded.
  const worker = new Worker(file, { workerData: { ...pdfJsPaths(), limit } satisfies ReaderData, execArgv: [], resourceLimits: { maxOldGenerationSizeMb: 2048 } });
  const reader: Reader = { worker, job: null, limit: readerLimit(limit) };
  worker.on('message', ({ id, m }: ReaderReply) => {
    const job = reader.job;
    if (!job || job.id !== id) return;
    const last = m.type === 'done' || m.type === 'open-error';
    if (!job.ended) {
      if (m.type === 'doc') {
        if (!job.docSent) {
          job.onMessage(m);
          share(reader, job, Math.min(m.pages, job.maxPages));
        }
        job.docSent = true;
        job.copy = null;
      } else if (m.type !== 'done' && !(m.type === 'open-error' && job.docSent)) job.onMessage(m);
    }
    if (!last) return;
    job.partsLeft--;
    // One half failing to open what the other opened: its pages are missing, and said to be.
    if (m.type === 'open-error' && job.docSent) endJob(job, { end: 'crashed', error: m.message });
    if (m.type === 'open-error' || job.partsLeft === 0) endJob(job, { end: 'done' });
    release(reader);
  });
  worker.on('error', (e) => discard(reader, { end: 'crashed', error: e.message }));
  worker.on('exit', () => discard(reader, { end: 'crashed', error: 'the reader thread stopped' }));
  return reader;
}

/** An idle reader, or a new one while there are fewer than {@link MAX_READERS}; null when none can be had. */
function takeReader(): Reader | null | Error {
  const reader = idle.pop();
  if (reader) return reader;
  if (busy.size >= MAX_READERS) return null;
  const file = readerWorkerFile();
  if (!file) return new Error('the PDF reader (dist/pdf-reader.js) is missing: build the package first (npm run build)');
  try {
    return spawn(file);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

function start(reader: Reader, job: Job, part: PagePart | undefined, bytes: Uint8Array): void {
  Atomics.store(reader.limit, 0, 0);
  reader.job = job;
  job.readers.add(reader);
  busy.add(reader);
  reader.worker.ref();
  try {
    reader.worker.postMessage({ id: job.id, bytes, maxPages: job.maxPages, part } satisfies ReaderJob, [bytes.buffer as ArrayBuffer]);
  } catch (e) {
    discard(reader, { end: 'crashed', error: e instanceof Error ? e.message : String(e) });
  }
}

/**
 * Shares a long document just opened by `first` with a second reader, when one is free and no
 * other document waits: `first` stops after the first half of its pages ({@link pagesOfPart}),
 * the second reads the second half at once. Pages come back in order all the same (the first
 * half's, then the second's), and the document takes about half the time.
 */
function share(first: Reader, job: Job, pages: number): void {
  if (pages < SPLIT_PAGES || job.copy === null || waiting.length > 0 || job.partsLeft !== 1) return;
  const second = takeReader();
  if (second === null || second instanceof Error) return;
  const [, last] = pagesOfPart(pages, { index: 0, of: 2 });
  Atomics.store(first.limit, 0, last);
  job.partsLeft = 2;
  const copy = job.copy;
  job.copy = null;
  start(second, job, { index: 1, of: 2 }, copy);
}

/** Hands waiting documents to readers, one document to a reader. */
function dispatch(): void {
  while (waiting.length) {
    const reader = takeReader();
    if (reader === null) return;
    if (reader instanceof Error) {
      for (const job of waiting.splice(0)) endJob(job, { end: 'crashed', error: reader.message });
      return;
    }
    const job = waiting.shift()!;
    job.timer = setTimeout(() => {
      endJob(job, { end: 'timeout' });
      for (const r of [...job.readers]) discard(r, { end: 'timeout' });
    }, job.timeoutMs);
    // Kept for a second reader, should the document prove long (its bytes move to the first).
    if (SPLIT_PAGES !== Infinity) job.copy = job.bytes.slice();
    start(reader, job, undefined, job.bytes);
  }
}

/**
 * Reads a PDF with pdf.js in reader threads and hands over what they report, message by
 * message, until it is done, fails, or `timeoutMs` pass from when a thread takes it up — then
 * its threads are ended, whatever pdf.js was doing, and only this document is lost. Pages may
 * arrive out of order (a document read in two halves at once); each says its number. Resolves
 * with how it ended; never rejects.
 *
 * The threads (the built `dist/pdf-reader.js`, see reader-worker.ts) live as long as the process:
 * pdf.js is loaded once per thread, not once per document. Documents read at the same time go
 * to up to one thread per core; a long one is shared by two threads when a second is free (in
 * the main thread); a thread with nothing to read does not keep the process alive.
 *
 * @example
 * const bytes = new Uint8Array(readFileSync('corpus/pdf/report-2021-ruled.pdf'));
 * const messages: ReaderMessage[] = [];
 * const end = await readInThread(bytes, 200, 60_000, (m) => messages.push(m));
 * end; // → { end: 'done' } (or { end: 'timeout' }, { end: 'crashed', error: '…' })
 */
export function readInThread(bytes: Uint8Array, maxPages: number, timeoutMs: number, onMessage: (m: ReaderMessage) => void): Promise<ReadEnd> {
  return new Promise((resolve) => {
    // A copy: the caller's bytes stay theirs, the copy is moved to the thread.
    waiting.push({ id: nextId++, bytes: bytes.slice(), maxPages, timeoutMs: Math.max(0, timeoutMs), onMessage, resolve, partsLeft: 1, readers: new Set(), docSent: false, ended: false, timer: null, copy: null });
    dispatch();
  });
}

/**
 * How many reader threads are alive (reading or resting): one per document read at the same
 * time at most, however many documents were read one after another.
 *
 * @example
 * const bytes = new Uint8Array(readFileSync('corpus/pdf/report-2021-ruled.pdf'));
 * await parsePdf(bytes);
 * const threads = readerThreads();
 * await parsePdf(bytes);
 * await parsePdf(bytes); // documents one after another start no more threads
 * readerThreads() === threads; // → true
 */
export function readerThreads(): number {
  return idle.length + busy.size;
}
