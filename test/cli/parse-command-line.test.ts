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
      jobsAsked: false,
      timeoutMs: 120_000,
      progress: true,
    });
  });
  it('reads options before and after paths', () => {
    const c = parseCommandLine(['-j', '3', 'stats', '-', '--format', 'csv', '--timeout', '0', '--encoding', 'gbk', '--blank-as-zero', '--no-progress']);
    expect(c).toMatchObject({ name: 'stats', paths: ['-'], jobs: Math.min(3, availableParallelism()), jobsAsked: true, timeoutMs: 0, statsFormat: 'csv', progress: false, settings: { encoding: 'gbk', blankAsZero: true } });
  });
  it('caps --jobs at the number of CPUs, with a note; reads a negative value as a value', () => {
    const cpus = availableParallelism();
    expect(parseCommandLine(['parse', 'a.txt', '--jobs', String(cpus + 5)])).toMatchObject({ jobs: cpus, notes: [`--jobs ${cpus + 5} is more than the ${cpus} CPUs: using ${cpus} workers`] });
    expect(parseCommandLine(['parse', 'a.txt', '--jobs', '1'])).not.toHaveProperty('notes');
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
    [['check', 'a.txt', '--jobs', '-1'], '--jobs needs a whole number ≥ 1, got "-1"'],
    [['check', 'a.txt', '-j', '-2'], '--jobs needs a whole number ≥ 1, got "-2"'],
    [['check', 'a.txt', '--timeout', '-5'], '--timeout needs a whole number ≥ 0, got "-5"'],
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
