// Finds the code examples the documentation shows: the `@example` blocks of the JSDoc comments in
// src/**, and the ts/js code blocks of a markdown file. Each comes with where it was found.

/** One example: its code and where it starts (`file:line` of its first line of code). */
export interface DocExample {
  file: string;
  line: number;
  code: string;
}

const JSDOC = /\/\*\*[\s\S]*?\*\//gu;
const FENCE = /^```/u;

/** The `@example` blocks of every JSDoc comment in a TypeScript source (``` fences inside are dropped). */
export function jsdocExamples(file: string, source: string): DocExample[] {
  const out: DocExample[] = [];
  for (const comment of source.matchAll(JSDOC)) {
    const firstLine = source.slice(0, comment.index).split('\n').length;
    const lines = comment[0]
      .replace(/^\/\*\*/u, '')
      .replace(/\*\/$/u, '')
      .split('\n')
      .map((l) => l.replace(/^\s*\* ?/u, ''));
    let current: { line: number; code: string[] } | null = null;
    const flush = () => {
      if (current) {
        const code = current.code.filter((l) => !FENCE.test(l.trim())).join('\n').trim();
        if (code) out.push({ file, line: current.line, code });
      }
      current = null;
    };
    lines.forEach((text, i) => {
      const tag = /^\s*@(\w+)/u.exec(text);
      if (tag) {
        flush();
        if (tag[1] === 'example') current = { line: firstLine + i + 1, code: [] };
      } else if (current) {
        current.code.push(text);
      }
    });
    flush();
  }
  return out;
}

/** The code blocks of a markdown text fenced as ts, typescript, js or javascript. */
export function markdownExamples(file: string, source: string): DocExample[] {
  const out: DocExample[] = [];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(ts|typescript|js|javascript)\s*$/u.exec(lines[i]!);
    if (!open) continue;
    const start = i + 1;
    while (i + 1 < lines.length && !FENCE.test(lines[i + 1]!)) i++;
    out.push({ file, line: start + 1, code: lines.slice(start, i + 1).join('\n') });
    i++;
  }
  return out;
}
