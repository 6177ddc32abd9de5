import { stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { describeError } from './describe-error.js';
import { compileGlob, hasGlobMagic, unescapeGlob } from './glob.js';
import { kindOfName, type InputKind } from './input-kind.js';
import { nonRegularKind, walkFiles } from './walk.js';

/**
 * One input of a run: a file to read (its kind by extension, or null to sniff), stdin, a pipe
 * named on the command line, or a path that failed.
 *
 * @example
 * const ref: InputRef = { path: 'reports/a.txt', kind: 'text' };
 */
export interface InputRef {
  /** As given or found ('-' for stdin); '/'-separated below a folder given. */
  path: string;
  /** By extension; null when the bytes decide (stdin, a file named without a known extension). */
  kind: InputKind | null;
  /** A FIFO or socket named on the command line (`<(…)`): read as a stream, like stdin. */
  stream?: true;
  /** Why the path gave no file (missing, unreadable folder, broken link, a glob that matched nothing). */
  error?: string;
}

const wantedReport = (path: string) => kindOfName(path) !== null;

async function* expandGlob(pattern: string): AsyncGenerator<InputRef> {
  const glob = compileGlob(pattern);
  let matched = false;
  const wanted = (path: string) => wantedReport(path) && glob.matches(path);
  for await (const entry of walkFiles(glob.root, { wanted, maxDepth: glob.depth, hidden: glob.hidden })) {
    if (entry.error !== undefined) {
      if (entry.path !== glob.root) yield { path: entry.path, kind: null, error: entry.error };
      continue;
    }
    matched = true;
    yield { path: entry.path, kind: kindOfName(entry.path) };
  }
  if (!matched) yield { path: pattern, kind: null, error: 'no report file matches this pattern' };
}

async function* walkFolder(path: string): AsyncGenerator<InputRef> {
  let any = false;
  for await (const entry of walkFiles(path.length > 1 ? path.replace(/\/+$/u, '') : path, { wanted: wantedReport })) {
    any = true;
    yield entry.error !== undefined ? { path: entry.path, kind: null, error: entry.error } : { path: entry.path, kind: kindOfName(entry.path) };
  }
  if (!any) yield { path, kind: null, error: 'no .txt, .md, .html, .htm, .docx or .pdf file in this folder' };
}

const statOf = (path: string) => stat(path).catch((error: unknown) => error as Error);

/** A path named on the command line that is neither a file nor a folder. */
function special(path: string, info: Stats): InputRef {
  if (info.isFIFO() || info.isSocket()) return { path, kind: kindOfName(path), stream: true };
  return { path, kind: null, error: `${nonRegularKind(info)}, not a regular file: not read` };
}

/**
 * Turns the paths of a command line into the inputs of a run, lazily and in order: a file as
 * given (whatever its extension), every .txt/.md/.html/.htm/.docx/.pdf file under a folder
 * (recursively, sorted; see {@link walkFiles}), the files a quoted glob matches (picomatch's
 * rules; `\` escapes), '-' for stdin, and a FIFO named on the command line (as `<(…)` gives) to
 * read like stdin. A path that gives no file is yielded with an `error`, so that the run reports
 * it and goes on.
 *
 * @example
 * for await (const input of listInputs(['reports/', 'extra/*.pdf', '-'])) console.log(input.path);
 */
export async function* listInputs(paths: readonly string[]): AsyncGenerator<InputRef> {
  for (const given of paths) {
    if (given === '-') {
      yield { path: given, kind: null };
      continue;
    }
    let path = given;
    let info = await statOf(path);
    // An escaped pattern names one file: `report\[1\].txt` is report[1].txt.
    if (info instanceof Error && given.includes('\\') && !hasGlobMagic(given) && unescapeGlob(given) !== given) {
      path = unescapeGlob(given);
      info = await statOf(path);
    }
    if (info instanceof Error) {
      if (hasGlobMagic(given)) yield* expandGlob(given);
      else yield { path, kind: null, error: describeError(info) };
    } else if (info.isDirectory()) yield* walkFolder(path);
    else if (info.isFile()) yield { path, kind: kindOfName(path) };
    else yield special(path, info);
  }
}
