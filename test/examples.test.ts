import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsdocExamples, markdownExamples, type DocExample } from './examples/extract.js';
import { instrument } from './examples/instrument.js';
import { MORE, mismatch } from './examples/match.js';
import { PRELUDE } from './examples/prelude.js';

// Executed documentation: every `@example` of src/** and every ts/js block of the README runs here.
// A statement followed by a value comment (`expr; // → 11`, `// 'text'`, `// [1, …]`) must have that
// value. In scope: the public API, the exports of the example's own module and of its folder, and the
// prelude (examples/prelude.ts). An example whose first line is `// not run: <why>` is only parsed.
const root = join(import.meta.dirname, '..');
const modules = import.meta.glob('../src/**/*.ts');
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
  const loader = modules[`../${path}`];
  if (!loader) throw new Error(`no module ${path}`);
  return (await loader()) as Record<string, unknown>;
};

/** What `import … from spec` loads, for an example written in `file`. */
async function importFor(file: string, spec: string): Promise<unknown> {
  if (ENTRIES[spec]) return load(ENTRIES[spec]);
  if (spec.startsWith('.')) return load(posix.join(posix.dirname(file), spec).replace(/\.js$/u, '.ts'));
  return import(spec);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : [],
  );
}

const examples: DocExample[] = [
  ...sourceFiles('src').sort().flatMap((f) => jsdocExamples(f, readFileSync(join(root, f), 'utf8'))),
  ...markdownExamples('README.md', readFileSync(join(root, 'README.md'), 'utf8')),
];

async function runExample(example: DocExample): Promise<void> {
  const { js, assertions, errors } = instrument(example.code);
  expect(errors, 'syntax').toEqual([]);
  if (/^\/\/ not run: \S/u.test(example.code)) return;
  const scope: Record<string, unknown> = {};
  for (const path of PUBLIC) Object.assign(scope, await load(path));
  if (example.file.startsWith('src/')) {
    const folder = posix.dirname(example.file);
    for (const key of Object.keys(modules)) {
      const path = key.slice(3);
      if (posix.dirname(path) === folder && path !== example.file && !SCRIPTS.has(path)) Object.assign(scope, await load(path));
    }
    Object.assign(scope, await load(example.file));
  }
  for (const [name, make] of Object.entries(PRELUDE)) if (new RegExp(`\\b${name}\\b`, 'u').test(example.code)) scope[name] = await make();
  const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/u.test(n));
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
      const expected: unknown = new Function('__MORE__', `return (${a.expression});`)(MORE);
      const m = mismatch(value, expected);
      if (m) failures.push(`line ${a.line} (// ${a.text}): ${m}`);
      return value;
    },
  );
  expect(failures).toEqual([]);
  expect(seen.size, 'every value comment was reached').toBe(assertions.length);
}

describe('documentation examples', () => {
  it('finds the examples', () => {
    expect(examples.filter((e) => e.file === 'README.md').length).toBeGreaterThanOrEqual(4);
    expect(examples.length).toBeGreaterThanOrEqual(200);
  });
  for (const example of examples) {
    it(`${example.file}:${example.line}`, () => runExample(example));
  }
});
