import { stat } from 'node:fs/promises';
import { describeError } from './describe-error.js';
import { globRoot, globToRegExp, hasGlobMagic } from './glob.js';
import { kindOfName, type InputKind } from './input-kind.js';
import { walkFiles } from './walk.js';

/**
 * One input of a run: a file to read (its kind by extension, or null to sniff), stdin, or a path that failed.
 *
 * @example
 * const ref: InputRef = { path: 'reports/a.txt', kind: 'text' };
 */
export interface InputRef {
  /** As given or found ('-' for stdin); '/'-separated below a folder given. */
  path: string;
  /** By extension; null when the bytes decide (stdin, a file named without a known extension). */
  kind: InputKind | null;
  /** Why the path gave no file (missing, unreadable folder, a glob that matched nothing). */
  error?: string;
}

async function* expandGlob(pattern: string): AsyncGenerator<InputRef> {
  const { root, depth } = globRoot(pattern);
  const re = globToRegExp(pattern.startsWith('./') ? pattern.slice(2) : pattern);
  let matched = false;
  for await (const entry of walkFiles(root, depth)) {
    if (entry.error !== undefined) {
      if (entry.path !== root) yield { path: entry.path, kind: null, error: entry.error };
      continue;
    }
    const kind = kindOfName(entry.path);
    if (kind === null || !re.test(entry.path)) continue;
    matched = true;
    yield { path: entry.path, kind };
  }
  if (!matched) yield { path: pattern, kind: null, error: 'no report file matches this pattern' };
}

/**
 * Turns the paths of a command line into the inputs of a run, lazily and in order: a file as
 * given (whatever its extension), every .txt/.md/.html/.htm/.docx/.pdf file under a folder
 * (recursively, sorted), the files a quoted glob matches, and '-' for stdin. A path that gives no
 * file is yielded with an `error`, so that the run reports it and goes on.
 *
 * @example
 * for await (const input of listInputs(['reports/', 'extra/*.pdf', '-'])) console.log(input.path);
 */
export async function* listInputs(paths: readonly string[]): AsyncGenerator<InputRef> {
  for (const path of paths) {
    if (path === '-') {
      yield { path, kind: null };
      continue;
    }
    const info = await stat(path).catch((error: unknown) => error as Error);
    if (info instanceof Error) {
      if (hasGlobMagic(path)) yield* expandGlob(path);
      else yield { path, kind: null, error: describeError(info) };
    } else if (info.isDirectory()) {
      let any = false;
      for await (const entry of walkFiles(path.length > 1 ? path.replace(/\/+$/u, '') : path)) {
        if (entry.error !== undefined) {
          any = true;
          yield { path: entry.path, kind: null, error: entry.error };
          continue;
        }
        const kind = kindOfName(entry.path);
        if (kind === null) continue;
        any = true;
        yield { path: entry.path, kind };
      }
      if (!any) yield { path, kind: null, error: 'no .txt, .md, .html, .htm, .docx or .pdf file in this folder' };
    } else yield { path, kind: kindOfName(path) };
  }
}
