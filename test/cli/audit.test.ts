import { describe, expect, it, beforeAll } from 'vitest';
import { assertBuilt, runCli } from './run-cli.js';

beforeAll(() => assertBuilt());

const jsonLines = (text: string) => text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, any>);

describe('ogi-report audit', () => {
  it('writes one finding per JSON line when not on a terminal; exit 1 on an error finding', () => {
    const r = runCli(['audit', 'corpus/audit', '--no-progress']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => [l.kind, l.severity, l.files])).toEqual([
      ['carry-over', 'error', ['corpus/audit/shimen-town-2022.txt', 'corpus/audit/shimen-town-2023.txt']],
      ['similar-text', 'warning', ['corpus/audit/nantang-market-2023.txt', 'corpus/audit/xiyuan-street-2023.txt']],
    ]);
    expect(Object.keys(lines[0]!)).toEqual(['kind', 'severity', 'message', 'messageZh', 'files', 'body', 'years', 'cells', 'spans']);
  });

  it('text in Chinese with --lang zh, by body', () => {
    const r = runCli(['audit', 'corpus/audit/shimen-town-2022.txt', 'corpus/audit/shimen-town-2023.txt', '--format', 'text', '--lang', 'zh']);
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('石门镇人民政府');
    expect(r.stdout).toContain('  2022–2023  错误  carry-over  石门镇人民政府：2022年度报告（corpus/audit/shimen-town-2022.txt）');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('共审查2份报告：错误1项，警告0项，说明0项。');
  });

  it('CSV: one row per finding and file', () => {
    const r = runCli(['audit', 'corpus/audit', '--format', 'csv']);
    const rows = r.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe('finding,kind,severity,body,years,file,share,spanStart,spanEnd,message,messageZh');
    expect(rows.slice(1).map((l) => l.split(',').slice(0, 6).join(','))).toEqual([
      '1,carry-over,error,石门镇人民政府,2022;2023,corpus/audit/shimen-town-2022.txt',
      '1,carry-over,error,石门镇人民政府,2022;2023,corpus/audit/shimen-town-2023.txt',
      '2,similar-text,warning,,2023,corpus/audit/nantang-market-2023.txt',
      '2,similar-text,warning,,2023,corpus/audit/xiyuan-street-2023.txt',
    ]);
  });

  it('no error finding: exit 0; an unreadable path is an error finding', () => {
    expect(runCli(['audit', 'corpus/audit/beihu-health-2023.txt']).status).toBe(0);
    const r = runCli(['audit', 'corpus/audit/beihu-health-2023.txt', 'no-such-file.txt']);
    expect(r.status).toBe(1);
    expect(jsonLines(r.stdout).map((l) => [l.kind, l.files])).toEqual([['report-unreadable', ['no-such-file.txt']]]);
  });

  it('usage errors: a bad --format or --lang', () => {
    expect(runCli(['audit', 'x', '--format', 'xlsx']).stderr).toContain('--format for "audit" is jsonl or csv or text, not "xlsx"');
    expect(runCli(['audit', 'x', '--lang', 'fr']).stderr).toContain('--lang is zh or en, not "fr"');
  });

  it('check --lang zh writes the messages in Chinese', () => {
    const r = runCli(['check', 'corpus/t2021-damaged.txt', '--lang', 'zh']);
    expect(r.stdout).toContain('error    check-failed  勾稽关系不符（');
  });
});
