import { opendir, stat } from 'node:fs/promises';
import { describeError } from './describe-error.js';

/**
 * A file found by a walk, or a folder that could not be read.
 *
 * @example
 * const entry: WalkEntry = { path: 'reports/2021/a.txt' };
 */
export interface WalkEntry {
  path: string;
  error?: string;
}

const join = (dir: string, name: string) => (dir === '.' ? name : dir.endsWith('/') ? dir + name : `${dir}/${name}`);

/**
 * Lists the files under a folder, lazily and in a stable order (names sorted by code unit, folders
 * entered where they sort). Hidden names (starting with '.') are skipped; symbolic links to files
 * are followed, links to folders are not (no cycles). A folder that cannot be read is yielded with
 * an `error`, and the walk goes on.
 *
 * @example
 * for await (const { path } of walkFiles('reports')) console.log(path); // reports/2021/a.txt, …
 */
export async function* walkFiles(dir: string, maxDepth = Infinity): AsyncGenerator<WalkEntry> {
  let names: { name: string; folder: boolean; link: boolean }[];
  try {
    names = [];
    for await (const d of await opendir(dir)) {
      if (d.name.startsWith('.')) continue;
      names.push({ name: d.name, folder: d.isDirectory(), link: d.isSymbolicLink() });
    }
  } catch (error) {
    yield { path: dir, error: describeError(error) };
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, folder, link } of names) {
    const path = join(dir, name);
    if (folder) {
      if (maxDepth > 1) yield* walkFiles(path, maxDepth - 1);
    } else if (link) {
      const target = await stat(path).catch(() => null);
      if (target?.isFile()) yield { path };
    } else yield { path };
  }
}
