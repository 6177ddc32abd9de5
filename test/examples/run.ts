// Runs one documentation example (see test/examples.test.ts for the conventions).
import { existsSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { DocExample } from './extract.js';
import { instrument } from './instrument.js';
import { MORE, mismatch } from './match.js';
import { PRELUDE } from './prelude.js';

/** The repository's root: paths in examples are relative to it. */
export const root = join(import.meta.dirname, '..', '..');
const ENTRIES: Record<string, string> = {
  'ogi-report': 'src/index.ts',
  'ogi-report/pdf': 'src/pdf.ts',
  'ogi-report/docx': 'src/docx.ts',
  'ogi-report/schema': 'src/io/report-schema.ts',
};
const PUBLIC = ['src/index.ts', 'src/pdf.ts', 'src/docx.ts'];
/** Entry scripts: loading them runs the command. */
const SCRIPTS = new Set(['src/cli/main.ts', 'src/cli/worker.ts']);

const load = async (path: string): Promise<Record<string, unknown>> => {
  if (!existsSync(join(root, path))) throw new Error(`no module ${path}`);
  return (await import(/* @vite-ignore */ join(root, path))) as Record<string, unknown>;
};

/** What `import … from spec` loads, for an example written in `file`. */
async function importFor(file: string, spec: string): Promise<unknown> {
  if (ENTRIES[spec]) return load(ENTRIES[spec]);
  if (spec.startsWith('.')) return load(posix.join(posix.dirname(file), spec).replace(/\.js$/u, '.ts'));
  return import(spec);
}

/** The .ts files under `dir` (relative to the root), as root-relative paths. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : [],
  );
}

const SOURCES = sourceFiles('src').sort();

/** Runs an example: rejects when it throws, has a syntax error, or a value differs from its comment. */
export async function runExample(example: DocExample): Promise<void> {
  const { js, assertions, errors } = instrument(example.code);
  const at = (line: number) => `${example.file}:${example.line + line - 1}`;
  if (errors.length > 0) throw new Error(errors.map((e) => `${at(Number.parseInt(e, 10))}: ${e.replace(/^\d+: /u, '')}`).join('\n'));
  if (/^\/\/ not run: \S/u.test(example.code)) return;
  const scope: Record<string, unknown> = {};
  for (const path of PUBLIC) Object.assign(scope, await load(path));
  if (example.file.startsWith('src/')) {
    const folder = posix.dirname(example.file);
    for (const path of SOURCES) {
      if (posix.dirname(path) === folder && path !== example.file && !SCRIPTS.has(path)) Object.assign(scope, await load(path));
    }
    Object.assign(scope, await load(example.file));
  }
  // A prelude value is made only for the examples whose code (not comments) names it.
  const code = example.code.replace(/\/\/.*$/gmu, '');
  for (const [name, make] of Object.entries(PRELUDE)) if (new RegExp(`\\b${name}\\b`, 'u').test(code)) scope[name] = await make();
  const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/u.test(n));
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running documentation is this module's purpose
  const fn = new Function(...names, `return ${js}`)(...names.map((n) => scope[n])) as (
    i: (spec: string) => Promise<unknown>,
    c: (index: number, value: unknown) => unknown,
  ) => Promise<void>;
  const failures: string[] = [];
  const seen = new Set<number>();
  await fn(
    (spec) => importFor(example.file, spec),
    (index, value) => {
      seen.add(index);
      const a = assertions[index]!;
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the value a comment states, as JavaScript
      const expected: unknown = new Function('__MORE__', `return (${a.expression});`)(MORE);
      const m = mismatch(value, expected);
      if (m) failures.push(`${at(a.line)} (// → ${a.text.replaceAll('__MORE__', '…')}): ${m}`);
      return value;
    },
  );
  if (failures.length > 0) throw new Error(failures.join('\n'));
  const missed = assertions.filter((_, i) => !seen.has(i)).map((a) => at(a.line));
  if (missed.length > 0) throw new Error(`not every value comment was reached: ${missed.join(', ')}`);
}

