import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeGbk } from './gbk.js';
import { assertBuilt, corpusFolder, corpusPath, CORPUS_FILES, runCli } from './run-cli.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const TABS = readFileSync('corpus/t2021-tabs.txt', 'utf8');
const CSV_HEADER = 'file,template,body,year,table,tableTemplate,row,column,rowLabel,columnLabel,value,raw,status,spanStart,spanEnd';
let dir: string;

beforeAll(() => {
  assertBuilt();
  dir = corpusFolder();
});

const jsonLines = (text: string) => text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, any>);

describe('ogi-report: help, version, usage errors', () => {
  it('--version prints the package version', () => {
    expect(runCli(['--version'])).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
  it('--help lists the commands', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('ogi-report cells  PATH... [--format csv|jsonl]   one row per table cell');
  });
  it('no arguments: the usage on stderr, status 2', () => {
    const r = runCli([]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage:');
  });
  it('a mistyped command: a suggestion, status 2', () => {
    expect(runCli(['chek', 'a.txt'])).toEqual({ status: 2, stdout: '', stderr: `ogi-report: unknown command "chek" (did you mean "check"?)\nRun 'ogi-report --help' for usage.\n` });
  });
  it('a bad option value: status 2 and the command help to read', () => {
    expect(runCli(['cells', 'x', '--format', 'xlsx'])).toEqual({
      status: 2,
      stdout: '',
      stderr: `ogi-report: --format for "cells" is csv or jsonl, not "xlsx"\nRun 'ogi-report help cells' for usage.\n`,
    });
  });
});

describe('ogi-report parse', () => {
  it('writes one JSON line per report of a folder, recursively, in name order', () => {
    const r = runCli(['parse', 'reports'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(''); // no progress line when stderr is not a terminal
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.file)).toEqual([...CORPUS_FILES.filter((_, i) => i % 2 === 1).map((f) => `reports/more/${f}`), ...CORPUS_FILES.filter((_, i) => i % 2 === 0).map((f) => `reports/${f}`)]);
    const tabs = lines.find((l) => l.file === corpusPath('t2021-tabs.txt'))!;
    expect(Object.keys(tabs)).toEqual(['file', 'encoding', 'template', 'tables', 'input', 'metadata', 'sections', 'messages']);
    expect(tabs).toMatchObject({ encoding: 'utf-8', template: '2021', metadata: { body: { value: '青禾市清河区人民政府' }, year: { value: 2021 } } });
    expect(tabs.tables.t3.rows.total.cells.total).toMatchObject({ value: 130, raw: '130', status: 'number' });
    expect(lines.find((l) => l.file === corpusPath('t2019-spaces.txt'))).toMatchObject({ template: '2019', metadata: { year: { value: 2020 } } });
  });
  it('gives the same output with one job as with four', () => {
    const one = runCli(['parse', 'reports', '--jobs', '1'], { cwd: dir });
    const four = runCli(['parse', 'reports', '-j', '4'], { cwd: dir });
    expect(one.stdout).toBe(four.stdout);
    expect(jsonLines(one.stdout)).toHaveLength(10);
  });
  it('reports an unreadable file and goes on', () => {
    const r = runCli(['parse', 'missing.txt', corpusPath('t2021-tabs.txt'), 'reports/nothing/*.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(lines[0]).toEqual({ file: 'missing.txt', error: 'no such file or folder' });
    expect(lines[1]).toMatchObject({ file: corpusPath('t2021-tabs.txt'), template: '2021' });
    expect(lines[2]).toEqual({ file: 'reports/nothing/*.txt', error: 'no report file matches this pattern' });
    expect(r.stderr).toBe(
      'ogi-report: missing.txt: no such file or folder\nogi-report: reports/nothing/*.txt: no report file matches this pattern\nogi-report: 2 of 3 inputs could not be read\n',
    );
  });
  it('expands a quoted glob', () => {
    const r = runCli(['parse', 'reports/**/t2019-*.txt'], { cwd: dir });
    expect(jsonLines(r.stdout).map((l) => l.file)).toEqual(['reports/more/t2019-tabs.txt', 'reports/t2019-spaces.txt']);
  });
  it('reads one report from stdin with -', () => {
    const r = runCli(['parse', '-'], { input: TABS });
    expect(jsonLines(r.stdout)).toMatchObject([{ file: '-', encoding: 'utf-8', template: '2021', metadata: { body: { value: '青禾市清河区人民政府' } } }]);
  });
  it('decodes a GBK copy of a report', () => {
    writeFileSync(join(dir, 'gbk.txt'), encodeGbk(TABS));
    const [gbk] = jsonLines(runCli(['parse', 'gbk.txt'], { cwd: dir }).stdout);
    const [utf8] = jsonLines(runCli(['parse', corpusPath('t2021-tabs.txt')], { cwd: dir }).stdout);
    expect(gbk).toMatchObject({ file: 'gbk.txt', encoding: 'gb18030', metadata: { body: { value: '青禾市清河区人民政府' }, year: { value: 2021 } } });
    expect(gbk!.tables).toEqual(utf8!.tables);
  });
  it('an --out file that cannot be created: status 2 before any work', () => {
    expect(runCli(['parse', corpusPath('t2019-tabs.txt'), '--out', 'no/such/folder/out.jsonl'], { cwd: dir })).toEqual({
      status: 2,
      stdout: '',
      stderr: 'ogi-report: cannot write no/such/folder/out.jsonl: no such file or folder\n',
    });
  });
  it('writes to --out and nothing to stdout', () => {
    const r = runCli(['parse', corpusPath('t2019-tabs.txt'), '--out', 'out.jsonl'], { cwd: dir });
    expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(jsonLines(readFileSync(join(dir, 'out.jsonl'), 'utf8'))).toMatchObject([{ file: corpusPath('t2019-tabs.txt'), template: '2019' }]);
  });
});

describe('ogi-report parse --jsonl-in', () => {
  it('writes one line per input line, in order, errors included', () => {
    const input = [
      JSON.stringify({ id: 'b', text: readFileSync('corpus/t2019-tabs.txt', 'utf8') }),
      'not json',
      JSON.stringify({ id: 3, text: TABS }),
      '',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ id: 'a', text: readFileSync('corpus/t2021-lines.txt', 'utf8') }),
    ].join('\n');
    const r = runCli(['parse', '--jsonl-in'], { input: input + '\n' });
    expect(r.status).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => [l.id, l.template ?? l.error])).toEqual([
      ['b', '2019'],
      [null, `not JSON (Unexpected token 'o', "not json" is not valid JSON)`],
      [3, '2021'],
      [null, 'not JSON (Unexpected end of JSON input)'],
      ['no-text', 'no "text" or "html" string'],
      ['a', '2021'],
    ]);
    expect(Object.keys(lines[0]!)).toEqual(['id', 'template', 'tables', 'input', 'metadata', 'sections', 'messages']);
  });
});

describe('ogi-report cells', () => {
  it('writes RFC 4180 CSV with a header and one row per cell', () => {
    const r = runCli(['cells', corpusPath('t2021-tabs.txt')], { cwd: dir });
    expect(r.status).toBe(0);
    const rows = r.stdout.split('\r\n');
    expect(rows[0]).toBe(CSV_HEADER);
    expect(rows.at(-1)).toBe('');
    const f = corpusPath('t2021-tabs.txt');
    const total = rows.find((l) => l.includes(',3,2021,total,total,'))!;
    expect(total.startsWith(`${f},2021,青禾市清河区人民政府,2021,3,2021,total,total,（七）总计,总计,130,130,number,`)).toBe(true);
    const [start, end] = total.split(',').slice(-2).map(Number);
    expect(TABS.slice(start, end)).toBe('130');
    expect(rows.find((l) => l.includes(',fees,'))).toMatch(new RegExp(`^${f},2021,青禾市清河区人民政府,2021,2,2021,fees,feeAmount,行政事业性收费,本年收费金额（单位：万元）,1203.5168,1203.5168,number,\\d+,\\d+$`));
    expect(rows.find((l) => l.includes(',4,2021,reconsideration,total,'))).toMatch(/,行政复议,行政复议\/总计,6,6,number,/u);
  });
  it('leaves value empty for a dash and keeps the dash in raw', () => {
    const rows = runCli(['cells', corpusPath('t2021-lines.txt')], { cwd: dir }).stdout.split('\r\n');
    expect(rows.find((l) => l.includes(',2,2021,regulations,issued,'))).toMatch(/,规章,本年制发件数,,\/,dash,\d+,\d+$/u);
  });
  it('quotes fields holding commas and writes every report of a folder', () => {
    const r = runCli(['cells', 'reports'], { cwd: dir });
    const rows = r.stdout.split('\r\n').filter((l) => l !== '');
    expect(rows.filter((l) => l === CSV_HEADER)).toHaveLength(1);
    const files = new Set(rows.slice(1).map((l) => l.split(',')[0]));
    expect(files.size).toBe(10);
  });
  it('writes JSON lines with --format jsonl', () => {
    const rows = jsonLines(runCli(['cells', corpusPath('t2021-tabs.txt'), '--format', 'jsonl'], { cwd: dir }).stdout);
    expect(rows.find((c) => c.table === 3 && c.row === 'total' && c.column === 'total')).toEqual({
      file: corpusPath('t2021-tabs.txt'),
      template: '2021',
      body: '青禾市清河区人民政府',
      year: 2021,
      table: 3,
      tableTemplate: '2021',
      row: 'total',
      column: 'total',
      rowLabel: '（七）总计',
      columnLabel: '总计',
      value: 130,
      raw: '130',
      status: 'number',
      span: { start: TABS.indexOf('\t130\n') + 1, end: TABS.indexOf('\t130\n') + 4 },
    });
  });
});

describe('ogi-report check', () => {
  it('exits 1 on the damaged report and shows the error with line:column and cells', () => {
    const r = runCli(['check', corpusPath('t2021-damaged.txt')], { cwd: dir });
    expect(r.status).toBe(1);
    const text = readFileSync(join(dir, corpusPath('t2021-damaged.txt')), 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('2\t1\t0\t1\t3\t')) + 1;
    expect(r.stdout).toContain(`${corpusPath('t2021-damaged.txt')}  (template 2021 · 滢川县交通运输局 · 2021 · utf-8)\n`);
    expect(r.stdout).toContain(`  ${line}:9  error    check-failed  Table 4, row "行政复议": 3 ≠ 4 (总计等于结果维持、结果纠正、其他结果、尚未审结之和).\n`);
    expect(r.stdout).toContain('cells: t4.reconsideration.total=3, t4.reconsideration.upheld=2, t4.reconsideration.corrected=1, t4.reconsideration.otherOutcome=0, t4.reconsideration.pending=1\n');
    expect(r.stdout.endsWith('1 report checked: 1 with errors, 0 with warnings only (1 error, 0 warnings).\n')).toBe(true);
  });
  it('exits 0 on a clean report', () => {
    const r = runCli(['check', corpusPath('t2019-tabs.txt')], { cwd: dir });
    expect(r).toMatchObject({ status: 0, stderr: '' });
    expect(r.stdout).toMatch(/1 report checked: 0 with errors, [01] with warnings only \(0 errors, \d+ warnings?\)\.\n$/u);
  });
  it('--quiet prints only files with errors', () => {
    const r = runCli(['check', '--quiet', corpusPath('t2021-tabs.txt'), corpusPath('t2021-damaged.txt')], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout.startsWith(`${corpusPath('t2021-damaged.txt')}  (`)).toBe(true);
    expect(r.stdout).not.toContain('t2021-tabs.txt');
    expect(r.stdout).not.toContain('warning');
    expect(runCli(['check', '-q', corpusPath('t2021-tabs.txt')], { cwd: dir })).toEqual({ status: 0, stdout: '', stderr: '' });
  });
  it('counts an unreadable file as an error', () => {
    const r = runCli(['check', 'gone.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('gone.txt\n  -  error    input-unreadable  no such file or folder\n\n1 report checked: 1 with errors, 0 with warnings only (1 error, 0 warnings).\n');
  });
});

describe('ogi-report stats', () => {
  it('sums table 4 over the corpus (CSV)', () => {
    const r = runCli(['stats', 'reports', '--format', 'csv'], { cwd: dir });
    expect(r.status).toBe(0);
    const rows = r.stdout.split('\r\n');
    expect(rows[0]).toBe('measure,template,year,code,severity,table,row,column,rowLabel,columnLabel,value,reports');
    // T4 行政复议 总计 of the nine files with a table 4 (MANIFEST.md): 6+4+2+10+3+2+2+3+4 = 36; the
    // row is summed whole, over the eight whose row has a number in every cell (one has a blank: its 3 is left out).
    expect(rows).toContain('cellSum,,,,,4,reconsideration,total,行政复议,行政复议/总计,33,8');
    expect(rows).toContain('rowLeftOut,,,,,4,reconsideration,,行政复议,,1,1');
    expect(rows).toContain('reports,2019,2019,,,,,,,,1,1');
    expect(rows).toContain('reports,2021,2022,,,,,,,,3,3');
    expect(rows.find((l) => l.startsWith('messages,,,check-failed,error,'))).toBeDefined();
  });
  it('prints tables on a terminal', () => {
    const r = runCli(['stats', 'reports'], { cwd: dir });
    expect(r.stdout.startsWith('Reports: 10 parsed, 0 unreadable\n\nReports by template and year\ntemplate  year  reports\n2019      2019        1\n2019      2020        1\n')).toBe(true);
    expect(r.stdout).toContain('Table 4 summed over the reports with a number in every cell of the row (reports: how many; left out: rows with a blank, dash or unreadable cell)\n');
  });
});

describe('ogi-report schema', () => {
  it('prints the JSON Schema of a parse line', () => {
    const r = runCli(['schema']);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout) as { $schema: string; $defs: Record<string, unknown> };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$defs).toHaveProperty('Failed');
    expect(schema.$defs).toHaveProperty('Table3v2021');
  });
});

describe('ogi-report on .docx and PDF files', () => {
  it('reads a PDF with the library’s PDF reader, or reports why it cannot', () => {
    const r = runCli(['parse', 'corpus/pdf/encrypted.pdf', 'corpus/t2021-tabs.txt']);
    expect(r.status).toBe(0);
    const [pdf, txt] = jsonLines(r.stdout);
    expect(pdf!.file).toBe('corpus/pdf/encrypted.pdf');
    if (pdf!.error === undefined) expect(pdf!.messages.map((m: { code: string }) => m.code)).toContain('pdf-encrypted');
    else expect(pdf!.error).toBe('reading .pdf files needs parsePdf, which this build of ogi-report does not include');
    expect(txt).toMatchObject({ file: 'corpus/t2021-tabs.txt', template: '2021' });
  });
  it('a .docx that cannot be read is reported and the run goes on', () => {
    writeFileSync(join(dir, 'broken.docx'), Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0]));
    const r = runCli(['parse', 'broken.docx', corpusPath('t2019-tabs.txt')], { cwd: dir });
    expect(r.status).toBe(0);
    const [docx, txt] = jsonLines(r.stdout);
    expect(docx!.file).toBe('broken.docx');
    expect(docx!.error ?? docx!.template).toMatch(/parseDocx|unsupported|docx/u);
    expect(txt).toMatchObject({ file: corpusPath('t2019-tabs.txt'), template: '2019' });
  });
});
