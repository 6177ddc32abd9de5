import type { Dirent, Stats } from 'node:fs';
import { lstat, opendir, stat } from 'node:fs/promises';
import { describeError } from './describe-error.js';

/**
 * A file found by a walk, or an entry that gave no file: a folder that could not be read, a
 * broken link, a FIFO (`error` says which).
 *
 * @example
 * const entry: WalkEntry = { path: 'reports/2021/a.txt' };
 */
export interface WalkEntry {
  path: string;
  error?: string;
}

/**
 * What a walk looks for.
 *
 * @example
 * const options: WalkOptions = { wanted: (path) => path.endsWith('.txt') };
 */
export interface WalkOptions {
  /** Is this path (of a file, or of what stands in its place) one to read? */
  wanted(path: string): boolean;
  /** Folder levels to enter below the start (1: its own entries only). Default: no limit. */
  maxDepth?: number;
  /** Walk names starting with '.' too. Default: false. */
  hidden?: boolean;
}

const join = (dir: string, name: string) => (dir === '.' ? name : dir.endsWith('/') ? dir + name : `${dir}/${name}`);

/**
 * What a file-system entry that is neither a file nor a folder is, in words.
 *
 * @example
 * // not run: needs a FIFO (mkfifo /tmp/fifo)
 * nonRegularKind(await lstat('/tmp/fifo')); // 'a FIFO'
 */
export function nonRegularKind(entry: Dirent | Stats): string {
  if (entry.isFIFO()) return 'a FIFO';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice()) return 'a character device';
  if (entry.isBlockDevice()) return 'a block device';
  return 'not a file';
}

/** A link's target: a file (read), a folder (not followed), or why it gives no file. */
async function followLink(path: string): Promise<'file' | 'folder' | { error: string }> {
  try {
    const target = await stat(path);
    if (target.isFile()) return 'file';
    if (target.isDirectory()) return 'folder';
    return { error: `a link to ${nonRegularKind(target)}: not read` };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: 'a broken symbolic link (its target does not exist)' };
    if (code === 'ELOOP') return { error: 'a symbolic link loop' };
    return { error: describeError(error) };
  }
}

/**
 * Lists the files under a folder, lazily and in a stable order (names sorted by code unit,
 * folders entered where they sort). Only regular files are yielded, and symbolic links to
 * regular files; a wanted name that is a FIFO, socket or device, a broken link or a link loop
 * is yielded with an `error` (never opened: a FIFO would block), and so is a folder that cannot
 * be read. Links to folders are not followed (no cycles). Names starting with '.' are skipped
 * unless `hidden`.
 *
 * @example
 * for await (const { path, error } of walkFiles('reports', { wanted: (p) => p.endsWith('.txt') })) console.log(path, error ?? '');
 */
export async function* walkFiles(dir: string, options: WalkOptions): AsyncGenerator<WalkEntry> {
  const maxDepth = options.maxDepth ?? Infinity;
  let entries: Dirent[];
  try {
    entries = [];
    for await (const d of await opendir(dir)) if (options.hidden || !d.name.startsWith('.')) entries.push(d);
  } catch (error) {
    yield { path: dir, error: describeError(error) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const d of entries) {
    const path = join(dir, d.name);
    // Some file systems give no type with the name: ask.
    const entry: Dirent | Stats = d.isFile() || d.isDirectory() || d.isSymbolicLink() || d.isFIFO() || d.isSocket() || d.isCharacterDevice() || d.isBlockDevice() ? d : await lstat(path).catch(() => d);
    if (entry.isDirectory()) {
      if (maxDepth > 1) yield* walkFiles(path, { ...options, maxDepth: maxDepth - 1 });
      continue;
    }
    if (!options.wanted(path)) continue;
    if (entry.isFile()) yield { path };
    else if (entry.isSymbolicLink()) {
      const target = await followLink(path);
      if (target === 'file') yield { path };
      else if (target !== 'folder') yield { path, error: target.error };
    } else yield { path, error: `${nonRegularKind(entry)}, not a regular file: not read` };
  }
}
