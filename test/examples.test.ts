import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsdocExamples, markdownExamples, type DocExample } from './examples/extract.js';
import { root, runExample, sourceFiles } from './examples/run.js';

// Executed documentation: every `@example` of src/** and every ts/js block of the README runs here.
// A statement followed by a value comment (`expr; // → 11`, `// 'text'`, `// [1, …]`) must have that
// value. In scope: the public API, the exports of the example's own module and of its folder, and the
// prelude (examples/prelude.ts). An example whose first line is `// not run: <why>` is only parsed.
const examples: DocExample[] = [
  ...sourceFiles('src').sort().flatMap((f) => jsdocExamples(f, readFileSync(join(root, f), 'utf8'))),
  ...markdownExamples('README.md', readFileSync(join(root, 'README.md'), 'utf8')),
];

describe('documentation examples', () => {
  it('finds the examples', () => {
    expect(examples.filter((e) => e.file === 'README.md').length).toBeGreaterThanOrEqual(4);
    expect(examples.length).toBeGreaterThanOrEqual(200);
  });
  for (const example of examples) {
    it(`${example.file}:${example.line}`, () => runExample(example));
  }
});
