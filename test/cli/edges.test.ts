// What a new user hit (issue 17): a FIFO in a folder, exit status when nothing could be read,
// inputs skipped silently, the progress line on the terminal of the output, a tag at the start of
// a .txt, --jobs out of range.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatCells } from '../../src/cli/format-cells.js';
import { parseReport, toCells, type Report } from '../../src/index.js';
import { assertBuilt, CLI, runCli } from './run-cli.js';

const TABS = readFileSync('corpus/t2021-tabs.txt', 'utf8');
let dir: string;

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'ogi-edges-'));
  mkdirSync(join(dir, 'r'));
  copyFileSync('corpus/t2021-tabs.txt', join(dir, 'r/a.txt'));
  execFileSync('mkfifo', [join(dir, 'r/b-fifo.txt')]);
  symlinkSync(join(dir, 'r/gone.txt'), join(dir, 'r/c-dangling.txt'));
  symlinkSync(join(dir, 'r/d-loop.txt'), join(dir, 'r/d-loop.txt'));
  writeFileSync(join(dir, 'r/e-notes.txt'), '这是一份备忘录，没有表格。\n');
});

describe('a folder with a FIFO, a broken link and a link loop', () => {
  it('is read without hanging: each is named on stderr, the report is read, exit status 1', () => {
    const started = Date.now();
    const r = runCli(['parse', 'r', '--timeout', '5'], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(20_000);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; error?: string; template?: string });
    expect(lines.map((l) => [l.file, l.error ?? l.template])).toEqual([
      ['r/a.txt', '2021'],
      ['r/b-fifo.txt', 'a FIFO, not a regular file: not read'],
      ['r/c-dangling.txt', 'a broken symbolic link (its target does not exist)'],
      ['r/d-loop.txt', 'a symbolic link loop'],
      ['r/e-notes.txt', 'unsupported'],
    ]);
    expect(r.stderr).toBe(
      [
        'ogi-report: r/b-fifo.txt: a FIFO, not a regular file: not read',
        'ogi-report: r/c-dangling.txt: a broken symbolic link (its target does not exist)',
        'ogi-report: r/d-loop.txt: a symbolic link loop',
        'ogi-report: 3 of 5 inputs could not be read',
        '',
      ].join('\n'),
    );
    expect(r.status).toBe(1);
  });

  it('cells: every input is accounted for, a report with no table cells too', () => {
    const r = runCli(['cells', 'r'], { cwd: dir });
    expect(r.stderr).toContain('ogi-report: r/e-notes.txt: no table cells (template unsupported; template-unsupported)\n');
    expect(r.stderr).toContain('ogi-report: r/b-fifo.txt: a FIFO, not a regular file: not read\n');
    expect(r.status).toBe(1);
  });

  it('a FIFO named on the command line is read like stdin (process substitution)', () => {
    const r = spawnSync('bash', ['-c', `node ${CLI} parse <(cat r/a.txt) --no-progress`], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ template: '2021', metadata: { body: { value: '青禾市清河区人民政府' } } });
  });
});

describe('exit status when an input cannot be read', () => {
  it.each(['parse', 'cells', 'stats', 'check'])('%s of a missing file: 1, and said on stderr', (command) => {
    const r = runCli([command, '/nonexistent/x.txt']);
    expect(r.status).toBe(1);
    if (command !== 'check') expect(r.stderr).toContain('ogi-report: /nonexistent/x.txt: no such file or folder\n');
  });
  it('0 when every input was read', () => {
    expect(runCli(['cells', 'r/a.txt'], { cwd: dir }).status).toBe(0);
  });
});

describe('the file extension decides the format', () => {
  const tagFirst = `<img src="x.png"> 图片说明\n${TABS}`;
  it('a .txt starting with a tag is read as text', () => {
    writeFileSync(join(dir, 'tag-first.txt'), tagFirst);
    const line = JSON.parse(runCli(['parse', 'tag-first.txt'], { cwd: dir }).stdout) as { template: string; input: { kind: string } };
    expect([line.template, line.input.kind]).toEqual(['2021', 'text']);
  });
  it('an .html is read as HTML; stdin and an unknown extension are sniffed', () => {
    writeFileSync(join(dir, 'p.html'), '<p>一、总体情况</p>');
    writeFileSync(join(dir, 'p.data'), '<p>一、总体情况</p>');
    const kinds = (args: string[], input?: string) => runCli(['parse', ...args], { cwd: dir, input }).stdout.trim().split('\n').map((l) => (JSON.parse(l) as { input: { kind: string } }).input.kind);
    expect(kinds(['p.html', 'p.data'])).toEqual(['html', 'html']);
    expect(kinds(['-'], tagFirst)).toEqual(['html']);
  });
  it('--jsonl-in: "text" is text, "html" is HTML', () => {
    const input = [JSON.stringify({ id: 1, text: tagFirst }), JSON.stringify({ id: 2, html: '<p>一、总体情况</p>' })].join('\n');
    const lines = runCli(['parse', '--jsonl-in'], { input }).stdout.trim().split('\n').map((l) => JSON.parse(l) as { template: string; input: { kind: string } });
    expect(lines.map((l) => [l.template, l.input.kind])).toEqual([
      ['2021', 'text'],
      ['unsupported', 'html'],
    ]);
  });
});

describe('--jobs', () => {
  it('a negative value gets the clear message', () => {
    expect(runCli(['parse', 'x.txt', '--jobs', '-1'])).toEqual({ status: 2, stdout: '', stderr: `ogi-report: --jobs needs a whole number ≥ 1, got "-1"\nRun 'ogi-report help parse' for usage.\n` });
    expect(runCli(['parse', 'x.txt', '-j', '-3']).stderr).toContain('--jobs needs a whole number ≥ 1, got "-3"');
    expect(runCli(['parse', 'x.txt', '--timeout', '-5']).stderr).toContain('--timeout needs a whole number ≥ 0, got "-5"');
  });
  it('more workers than CPUs are capped, with a note', () => {
    const started = Date.now();
    const r = runCli(['parse', 'r/a.txt', '--jobs', '100000'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^ogi-report: --jobs 100000 is more than the \d+ CPUs: using \d+ workers\n$/u);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe('CSV formula injection', () => {
  it('cells: a file name that starts like a formula gets a leading quote', () => {
    writeFileSync(join(dir, '=SUM(1+1).txt'), TABS);
    const rows = runCli(['cells', '=SUM(1+1).txt'], { cwd: dir }).stdout.split('\r\n').filter((r) => r !== '');
    expect(rows).toHaveLength(1 + 200);
    for (const row of rows.slice(1)) expect(row.startsWith(`'=SUM(1+1).txt,2021,青禾市清河区人民政府,2021,`)).toBe(true);
  });
  it('cells: a raw cell text is defused, a negative number stays a number', () => {
    const report = parseReport(TABS) as Extract<Report, { template: '2021' }>;
    const cells = report.tables.t3!.rows.total!.cells;
    Object.assign(cells.naturalPerson, { value: null, raw: '=1+2', status: 'invalid' });
    Object.assign(cells.commercial, { value: -8, raw: '-8', status: 'number' });
    const csv = formatCells('file', 'a.txt', report, { parseReport, toCells }, 'csv');
    expect(csv).toContain(`,3,2021,total,naturalPerson,（七）总计,自然人,,'=1+2,invalid,`);
    expect(csv).toContain(',3,2021,total,commercial,（七）总计,商业企业,-8,-8,number,');
  });
});
