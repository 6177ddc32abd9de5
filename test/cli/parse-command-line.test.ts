import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/parse-command-line.js';
import { UsageError } from '../../src/cli/usage-error.js';

describe('parseCommandLine', () => {
  it('reads a cells command with its defaults', () => {
    expect(parseCommandLine(['cells', 'reports/', 'a.txt'])).toEqual({
      name: 'cells',
      paths: ['reports/', 'a.txt'],
      jsonlIn: false,
      settings: { mode: 'cells', format: 'csv', quiet: false, blankAsZero: false },
      statsFormat: 'table',
      out: undefined,
      jobs: availableParallelism(),
      timeoutMs: 120_000,
      progress: true,
    });
  });
  it('reads options before and after paths', () => {
    const c = parseCommandLine(['-j', '3', 'stats', '-', '--format', 'csv', '--timeout', '0', '--encoding', 'gbk', '--blank-as-zero', '--no-progress']);
    expect(c).toMatchObject({ name: 'stats', paths: ['-'], jobs: 3, timeoutMs: 0, statsFormat: 'csv', progress: false, settings: { encoding: 'gbk', blankAsZero: true } });
  });
  it('reads --jsonl-in without paths', () => {
    expect(parseCommandLine(['parse', '--jsonl-in'])).toMatchObject({ name: 'parse', paths: [], jsonlIn: true });
  });
  it('reads help, version and schema', () => {
    expect(parseCommandLine(['--version'])).toEqual({ name: 'version' });
    expect(parseCommandLine(['--help'])).toEqual({ name: 'help', topic: null });
    expect(parseCommandLine(['check', '-h'])).toEqual({ name: 'help', topic: 'check' });
    expect(parseCommandLine(['help', 'cells'])).toEqual({ name: 'help', topic: 'cells' });
    expect(parseCommandLine(['schema', '-o', 's.json'])).toEqual({ name: 'schema', out: 's.json' });
  });
  it.each([
    [['chek', 'a.txt'], 'unknown command "chek" (did you mean "check"?)'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['parse'], '"parse" needs files, folders or globs to read (or - for stdin, or --jsonl-in)'],
    [['parse', 'a.txt', '--jsonl-in'], '--jsonl-in reads JSON lines from stdin: give no paths'],
    [['parse', 'a.txt', '--format', 'csv'], '"parse" takes no --format'],
    [['cells', 'a.txt', '--format', 'xlsx'], '--format for "cells" is csv or jsonl, not "xlsx"'],
    [['stats', 'a.txt', '--format', 'jsonl'], '--format for "stats" is table or csv, not "jsonl"'],
    [['cells', 'a.txt', '--quiet'], '"cells" takes no --quiet'],
    [['check', 'a.txt', '--jobs', '0'], '--jobs needs a whole number ≥ 1, got "0"'],
    [['check', 'a.txt', '--jobs', 'many'], '--jobs needs a whole number ≥ 1, got "many"'],
    [['check', 'a.txt', '--encoding', 'klingon'], 'unknown --encoding "klingon"'],
    [['parse', '-', '-'], 'stdin (-) can be read only once'],
    [['schema', 'a.txt'], '"schema" takes no paths'],
    [['parse', 'a.txt', '--colour'], "Unknown option '--colour'"],
  ])('rejects %j: %s', (argv, message) => {
    let error: unknown;
    try {
      parseCommandLine(argv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(message);
  });
});
