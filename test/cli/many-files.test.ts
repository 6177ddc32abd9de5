import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, CORPUS_FILES, runCli } from './run-cli.js';

// Many reports through the built command. The workers send each result as bytes in a buffer that
// the main thread hands back, once written, for a later result: a buffer reused before its bytes
// were written (the --out file stream writes later) would show here as rows of the wrong report.
const COPIES = 30;
let dir: string;

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'ogi-many-'));
  mkdirSync(join(dir, 'ref'));
  for (const f of CORPUS_FILES) copyFileSync(resolve('corpus', f), join(dir, 'ref', f));
  for (let k = 0; k < COPIES; k++) {
    const sub = join(dir, 'many', `c${String(k).padStart(3, '0')}`);
    mkdirSync(sub, { recursive: true });
    for (const f of CORPUS_FILES) copyFileSync(resolve('corpus', f), join(sub, f));
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The CSV rows of each file, by file, from `cells` output (the first field is the file). */
function rowsByFile(csv: string): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const row of csv.split('\r\n').slice(1)) {
    if (row === '') continue;
    const file = row.slice(0, row.indexOf(','));
    if (!byFile.has(file)) byFile.set(file, []);
    byFile.get(file)!.push(row.slice(file.length));
  }
  return byFile;
}

describe(`ogi-report over ${COPIES * CORPUS_FILES.length} files`, () => {
  it('cells: every report’s rows whole and in order, to a pipe and to --out alike', () => {
    const ref = runCli(['cells', 'ref', '--no-progress'], { cwd: dir });
    expect(ref.status).toBe(0);
    const expected = rowsByFile(ref.stdout);
    expect(expected.size).toBe(CORPUS_FILES.length);

    const piped = runCli(['cells', 'many', '--no-progress'], { cwd: dir });
    expect(piped).toMatchObject({ status: 0, stderr: '' });
    const toFile = runCli(['cells', 'many', '--no-progress', '--out', 'many.csv'], { cwd: dir });
    expect(toFile).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'many.csv'), 'utf8')).toBe(piped.stdout);

    const got = rowsByFile(piped.stdout);
    const files = [...got.keys()];
    expect(files).toEqual([...files].sort()); // name order, each file's rows together
    expect(files).toHaveLength(COPIES * CORPUS_FILES.length);
    for (const [file, rows] of got) expect(rows, file).toEqual(expected.get(`ref/${file.split('/').pop()}`));
  });
  it('check: every report’s block whole and in order, to a pipe and to --out alike (small writes: the file stream holds them)', () => {
    const ref = runCli(['check', 'ref', '--no-progress'], { cwd: dir });
    expect(ref.status).toBe(1); // t2021-damaged.txt has errors
    const summary = /^([\s\S]*)10 reports checked: (\d+) with errors, (\d+) with warnings only \((\d+) errors?, (\d+) warnings?\)\.\n$/u.exec(ref.stdout);
    expect(summary).not.toBeNull();
    const [, body, withErrors, withWarnings, errors, warnings] = summary!;
    const many = (k: number) => `many/c${String(k).padStart(3, '0')}/`;
    const n = (count: string | undefined, word: string) => `${COPIES * Number(count)} ${word}${COPIES * Number(count) === 1 ? '' : 's'}`;
    const expected =
      Array.from({ length: COPIES }, (_, k) => body!.replaceAll('ref/', many(k))).join('') +
      `${COPIES * 10} reports checked: ${COPIES * Number(withErrors)} with errors, ${COPIES * Number(withWarnings)} with warnings only (${n(errors, 'error')}, ${n(warnings, 'warning')}).\n`;
    expect(runCli(['check', 'many', '--no-progress'], { cwd: dir })).toEqual({ status: 1, stdout: expected, stderr: '' });
    expect(runCli(['check', 'many', '--no-progress', '--out', 'many.txt'], { cwd: dir })).toEqual({ status: 1, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'many.txt'), 'utf8')).toBe(expected);
  });
});
