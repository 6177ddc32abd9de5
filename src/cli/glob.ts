import picomatch from 'picomatch';

/**
 * A quoted glob of the command line, compiled by picomatch: where its walk starts, how deep it
 * goes, whether hidden names can match, and the test of a path found.
 *
 * @example
 * const glob: Glob = compileGlob('reports/**\/*.txt');
 */
export interface Glob {
  /** The leading folders without glob characters ('.' when none). */
  root: string;
  /** How many path segments below `root` can match; Infinity with `**`. */
  depth: number;
  /** True when a segment of the pattern starts with '.': hidden names are then walked too. */
  hidden: boolean;
  /** Does a '/'-separated path, as the walk from `root` writes it, match? */
  matches(path: string): boolean;
}

/**
 * True when a path holds unescaped glob syntax, as picomatch reads it (`*`, `?`, `[…]`, `{…}`,
 * extglobs); `\*` is a literal star.
 *
 * @example
 * hasGlobMagic('reports/**\/*.txt'); // true
 * hasGlobMagic('reports/\\*.txt'); // false
 */
export function hasGlobMagic(path: string): boolean {
  return picomatch.scan(path).isGlob;
}

/**
 * A path with its backslash escapes removed (`a\*.txt` → `a*.txt`): the file an escaped pattern names.
 *
 * @example
 * unescapeGlob('r/report\\[1\\].txt'); // 'r/report[1].txt'
 */
export function unescapeGlob(path: string): string {
  return path.replace(/\\(.)/gu, '$1');
}

/**
 * Compiles a glob with picomatch's rules (as in bash with globstar): `*` and `?` stay inside a
 * folder name and do not match a leading '.', `**` alone in a segment crosses folders, `[…]`/`[!…]`
 * classes, `{a,b}` alternatives, `\` escapes the next character.
 *
 * @example
 * compileGlob('r/**\/*.{txt,htm}').matches('r/2021/a.htm'); // true
 * compileGlob('r/*.txt').matches('r/.a.txt'); // false
 * compileGlob('corpus/2021/*.txt').root; // 'corpus/2021'
 */
export function compileGlob(pattern: string): Glob {
  const bare = pattern.replace(/^(?:\.\/)+/u, '');
  const { base, glob } = picomatch.scan(bare);
  const parts = glob.split('/');
  const matcher = picomatch(bare, { dot: false, posix: true, strictSlashes: true });
  return {
    root: base === '' ? '.' : base,
    depth: parts.some((p) => p.includes('**')) ? Infinity : parts.length,
    hidden: parts.some((p) => p.startsWith('.')),
    matches: (path) => matcher(path),
  };
}
