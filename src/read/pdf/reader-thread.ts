import { availableParallelism } from 'node:os';
import { isMainThread, Worker } from 'node:worker_threads';
import { pdfJsPaths, readerWorkerFile, type ReaderJob, type ReaderReply } from './pdfjs.js';
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
  timer: ReturnType<typeof setTimeout> | null;
}

/** A reader thread of the pool and the document (part) it is reading, if any. */
interface Reader {
  worker: Worker;
  job: Job | null;
}

/**
 * At most this many reader threads at once: one per core (a document part is read in one
 * thread, so more would only wait for a core), and never more than 8.
 */
const MAX_READERS = Math.max(1, Math.min(8, availableParallelism()));
/**
 * A document this large or larger is shared between two readers when a second one is free —
 * in the main thread only: in a worker thread (the command's workers, one per core, each reading
 * its own files) the other cores are already at work.
 */
const SPLIT_BYTES = isMainThread ? 48 * 1024 : Infinity;

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
  // No flags of this process (--input-type, --cpu-prof…) are passed on; the heap is bounded.
  const worker = new Worker(file, { workerData: pdfJsPaths(), execArgv: [], resourceLimits: { maxOldGenerationSizeMb: 2048 } });
  const reader: Reader = { worker, job: null };
  worker.on('message', ({ id, m }: ReaderReply) => {
    const job = reader.job;
    if (!job || job.id !== id) return;
    const last = m.type === 'done' || m.type === 'open-error';
    if (!job.ended) {
      if (m.type === 'doc') {
        if (!job.docSent) job.onMessage(m);
        job.docSent = true;
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
 * Hands waiting documents to readers. A large document that is the only one waiting, while a
 * second reader is free, is read in two halves at once: its pages come back in order all the
 * same (the first half's, then the second's), and it takes about half the time.
 */
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
    const second = waiting.length === 0 && job.bytes.length >= SPLIT_BYTES ? takeReader() : null;
    if (second && !(second instanceof Error)) {
      job.partsLeft = 2;
      const copy = job.bytes.slice();
      start(reader, job, { index: 0, of: 2 }, job.bytes);
      start(second, job, { index: 1, of: 2 }, copy);
    } else {
      start(reader, job, undefined, job.bytes);
    }
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
 * to up to one thread per core; a thread with nothing to read does not keep the process alive.
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
    waiting.push({ id: nextId++, bytes: bytes.slice(), maxPages, timeoutMs: Math.max(0, timeoutMs), onMessage, resolve, partsLeft: 1, readers: new Set(), docSent: false, ended: false, timer: null });
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
