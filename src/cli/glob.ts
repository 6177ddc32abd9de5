const MAGIC = /[*?[{]/u;

/**
 * True when a path holds glob characters (`*`, `?`, `[…]`, `{…}`).
 *
 * @example
 * hasGlobMagic('reports/**\/*.txt'); // true
 */
export function hasGlobMagic(path: string): boolean {
  return MAGIC.test(path);
}

const escape = (c: string) => c.replace(/[.+^$()|\\\]}]/gu, '\\$&');

function translate(pattern: string): string {
  let out = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const atSegmentStart = i === 0 || pattern[i - 1] === '/';
        i++;
        if (atSegmentStart && pattern[i + 1] === '/') {
          i++;
          out += '(?:[^/]*(?:/|$))*'; // '**/': zero or more folders
        } else out += '.*';
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        let body = pattern.slice(i + 1, close);
        if (body.startsWith('!')) body = '^' + body.slice(1);
        out += `[${body.replace(/\\/gu, '\\\\')}]`;
        i = close;
      }
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else out += escape(c);
  }
  return out + ')'.repeat(braces);
}

/**
 * Compiles a glob into a regular expression over '/'-separated paths: `*` and `?` stay inside a
 * folder name, `**` crosses folders, `[abc]`/`[!abc]` are classes and `{a,b}` alternatives.
 *
 * @example
 * globToRegExp('r/**\/*.{txt,htm}').test('r/2021/a.htm'); // true
 * globToRegExp('r/*.txt').test('r/2021/a.txt'); // false
 */
export function globToRegExp(pattern: string): RegExp {
  return new RegExp(`^${translate(pattern)}$`, 'u');
}

/**
 * Where a glob's walk starts and how deep it goes.
 *
 * @example
 * const { root, depth }: GlobRoot = globRoot('reports/*.txt'); // 'reports', 1
 */
export interface GlobRoot {
  /** The leading folders without glob characters ('.' when none). */
  root: string;
  /** How many path segments below `root` can match; Infinity with `**`. */
  depth: number;
}

/**
 * Splits a glob into the folder to walk and the depth to walk to.
 *
 * @example
 * globRoot('corpus/2021/*.txt'); // { root: 'corpus/2021', depth: 1 }
 * globRoot('**\/*.pdf'); // { root: '.', depth: Infinity }
 */
export function globRoot(pattern: string): GlobRoot {
  const parts = pattern.split('/');
  let i = 0;
  while (i < parts.length - 1 && !hasGlobMagic(parts[i]!)) i++;
  const rest = parts.slice(i);
  const root = parts.slice(0, i).join('/');
  return { root: root === '' ? (pattern.startsWith('/') ? '/' : '.') : root, depth: rest.some((p) => p.includes('**')) ? Infinity : rest.length };
}
