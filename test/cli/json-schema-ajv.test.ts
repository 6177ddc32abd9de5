import { readdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseLineJsonSchema } from '../../src/cli/line-schema.js';
import { assertBuilt, runCli } from './run-cli.js';

// The JSON Schema that `ogi-report schema` prints, checked by a real JSON Schema validator (ajv,
// draft 2020-12) against what `ogi-report parse` writes: zod accepting a line is not enough.
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(parseLineJsonSchema());
const errorsOf = () => (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath} ${e.message}`);

describe('the JSON Schema of a parse line, with ajv', () => {
  let lines: Record<string, unknown>[] = [];
  beforeAll(() => {
    assertBuilt();
    const r = runCli(['parse', 'corpus/', '--no-progress']);
    lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  }, 120_000);

  it('is what `ogi-report schema` prints', () => {
    expect(JSON.parse(runCli(['schema']).stdout)).toEqual(parseLineJsonSchema());
  });

  it('covers every report of the corpus (text, HTML, Word, PDF)', () => {
    const files = readdirSync('corpus', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(txt|md|html|pdf|docx)$/u.test(f));
    expect(lines).toHaveLength(files.length);
    expect(new Set(lines.map((l) => l.template))).toEqual(new Set(['2019', '2021', 'mixed', 'unsupported']));
  });

  it('accepts every parse line of the corpus', () => {
    for (const line of lines) expect(validate(line) ? [] : errorsOf(), String(line.file)).toEqual([]);
  });

  it('accepts --jsonl-in lines and error lines', () => {
    const input = ['{"id":7,"text":"一、总体情况"}', '{"id":"x","html":"<p>一、总体情况</p>"}', 'not json', '{"id":8}'].join('\n');
    const out = runCli(['parse', '--jsonl-in', '--no-progress'], { input }).stdout.trim().split('\n');
    expect(out).toHaveLength(4);
    for (const l of out) expect(validate(JSON.parse(l)) ? [] : errorsOf(), l.slice(0, 80)).toEqual([]);
    expect(validate({ file: 'gone.txt', error: 'no such file or folder' })).toBe(true);
  });

  it('rejects a line that is neither a report nor an error, an unknown field, a string count', () => {
    expect(validate({ file: 'x.txt' })).toBe(false);
    const line = structuredClone(lines.find((l) => l.file === 'corpus/t2021-tabs.txt')!);
    expect(validate({ ...line, extra: 1 })).toBe(false);
    (line as { tables: { t3: { rows: { total: { cells: { total: { value: unknown } } } } } } }).tables.t3.rows.total.cells.total.value = '11';
    expect(validate(line)).toBe(false);
  });
});
