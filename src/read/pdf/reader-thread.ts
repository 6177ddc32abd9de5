import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { pdfJsPaths, readerWorkerFile, type ReaderJob, type ReaderReply } from './pdfjs.js';
import type { ReaderMessage } from './read-document.js';

export type { RawPage, ReaderMessage } from './read-document.js';

/** How reading one document ended. */
export interface ReadEnd {
  end: 'done' | 'timeout' | 'crashed';
  error?: string;
}

interface Job {
  id: number;
  bytes: Uint8Array;
  maxPages: number;
  timeoutMs: number;
  onMessage: (m: ReaderMessage) => void;
  resolve: (end: ReadEnd) => void;
}

/** A reader thread of the pool and the document it is reading, if any. */
interface Reader {
  worker: Worker;
  job: Job | null;
  timer: ReturnType<typeof setTimeout> | null;
}

/**
 * At most this many reader threads at once: one per core (a document is read in one thread,
 * so more would only wait for a core), and never more than 8.
 */
const MAX_READERS = Math.max(1, Math.min(8, availableParallelism()));

const idle: Reader[] = [];
const busy = new Set<Reader>();
const waiting: Job[] = [];
let nextId = 1;

/** Ends a job: its timer, its result; the reader goes back to the pool (or is gone). */
function settle(reader: Reader, end: ReadEnd): void {
  const job = reader.job;
  if (!job) return;
  if (reader.timer) clearTimeout(reader.timer);
  reader.job = null;
  reader.timer = null;
  busy.delete(reader);
  job.resolve(end);
}

/** Ends a reader thread (a document that hung or crashed it): only its own document is lost. */
function discard(reader: Reader, end: ReadEnd): void {
  settle(reader, end);
  busy.delete(reader);
  const i = idle.indexOf(reader);
  if (i >= 0) idle.splice(i, 1);
  reader.worker.removeAllListeners();
  reader.worker.on('error', () => undefined);
  void reader.worker.terminate().catch(() => undefined);
  dispatch();
}

function spawn(file: string): Reader {
  // No flags of this process (--input-type, --cpu-prof…) are passed on; the heap is bounded.
  const worker = new Worker(file, { workerData: pdfJsPaths(), execArgv: [], resourceLimits: { maxOldGenerationSizeMb: 2048 } });
  const reader: Reader = { worker, job: null, timer: null };
  worker.on('message', ({ id, m }: ReaderReply) => {
    const job = reader.job;
    if (!job || job.id !== id) return;
    job.onMessage(m);
    if (m.type === 'done' || m.type === 'open-error') {
      settle(reader, { end: 'done' });
      release(reader);
    }
  });
  worker.on('error', (e) => discard(reader, { end: 'crashed', error: e.message }));
  worker.on('exit', () => discard(reader, { end: 'crashed', error: 'the reader thread stopped' }));
  return reader;
}

/** A reader that has finished its document: it takes the next one waiting, or rests (not keeping the process alive). */
function release(reader: Reader): void {
  idle.push(reader);
  reader.worker.unref();
  dispatch();
}

/** Hands waiting documents to idle readers, starting new ones up to {@link MAX_READERS}. */
function dispatch(): void {
  while (waiting.length) {
    let reader = idle.pop();
    if (!reader) {
      if (busy.size >= MAX_READERS) return;
      const file = readerWorkerFile();
      if (!file) {
        for (const job of waiting.splice(0)) job.resolve({ end: 'crashed', error: 'the PDF reader (dist/pdf-reader.js) is missing: build the package first (npm run build)' });
        return;
      }
      try {
        reader = spawn(file);
      } catch (e) {
        for (const job of waiting.splice(0)) job.resolve({ end: 'crashed', error: e instanceof Error ? e.message : String(e) });
        return;
      }
    }
    const job = waiting.shift()!;
    reader.job = job;
    busy.add(reader);
    reader.worker.ref();
    const r = reader;
    r.timer = setTimeout(() => discard(r, { end: 'timeout' }), job.timeoutMs);
    try {
      r.worker.postMessage({ id: job.id, bytes: job.bytes, maxPages: job.maxPages } satisfies ReaderJob, [job.bytes.buffer as ArrayBuffer]);
    } catch (e) {
      discard(r, { end: 'crashed', error: e instanceof Error ? e.message : String(e) });
    }
  }
}

/**
 * Reads a PDF with pdf.js in a reader thread and hands over what it reports, message by
 * message, until it is done, fails, or `timeoutMs` pass from when a thread takes it up — then
 * that thread is ended, whatever pdf.js was doing, and only this document is lost. Resolves with
 * how it ended; never rejects.
 *
 * The threads (the built `dist/pdf-reader.js`, see reader-worker.ts) live as long as the process:
 * pdf.js is loaded once per thread, not once per document. Documents read at the same time go
 * to up to one thread per core; a thread with nothing to read does not keep the process alive.
 *
 * @example
 * const end = await readInThread(bytes, 200, 60_000, (m) => messages.push(m));
 * end; // { end: 'done' } | { end: 'timeout' } | { end: 'crashed', error: '…' }
 */
export function readInThread(bytes: Uint8Array, maxPages: number, timeoutMs: number, onMessage: (m: ReaderMessage) => void): Promise<ReadEnd> {
  return new Promise((resolve) => {
    // A copy: the caller's bytes stay theirs, the copy is moved to the thread.
    waiting.push({ id: nextId++, bytes: bytes.slice(), maxPages, timeoutMs: Math.max(0, timeoutMs), onMessage, resolve });
    dispatch();
  });
}
