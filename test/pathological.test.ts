// Pathological inputs: each one finishes within a time bound and says what it found, in message codes.
// The bounds are generous (CI machines are shared and slow); what they catch is quadratic or worse
// behaviour, which on these sizes takes minutes, not a few seconds.
import { describe, expect, it } from 'vitest';
import { parseReport, type MessageCode, type Report } from '../src/index.js';
import { corpus } from './helpers.js';

const seed = corpus('seed-luohe-2021.txt');
const tabs = corpus('t2021-tabs.txt');
const T3_HEADING = '三、收到和处理政府信息公开申请情况';
const T4_HEADING = '四、政府信息公开行政复议、行政诉讼情况';

/** Parses `input` and returns the report, the time taken and the count of each message code. */
function timed(input: string): { report: Report; ms: number; codes: Partial<Record<MessageCode, number>> } {
  const t = performance.now();
  const report = parseReport(input);
  const ms = performance.now() - t;
  const codes: Partial<Record<MessageCode, number>> = {};
  for (const m of report.messages) codes[m.code] = (codes[m.code] ?? 0) + 1;
  return { report, ms, codes };
}

/** The seed's sections, split at their headings (一、… to 六、…), with the text before the first. */
function sectionsOf(text: string): { head: string; sections: string[] } {
  const starts = [...text.matchAll(/^[一二三四五六]、(?:总体情况|主动公开|收到和处理|政府信息公开行政复议|存在的主要问题|其他需要报告)/gmu)].map((m) => m.index);
  expect(starts).toHaveLength(6);
  return { head: text.slice(0, starts[0]), sections: starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length)) };
}

const NOT_FOUND: MessageCode[] = ['section-missing', 'body-not-found', 'year-not-found', 'template-unsupported'];

describe('pathological inputs finish within a bound, with clear messages', () => {
  it('a million tabs: empty', () => {
    const { report, ms, codes } = timed('\t'.repeat(1_000_000));
    expect(ms).toBeLessThan(5_000);
    expect(codes).toEqual({ 'input-empty': 1 });
    expect(report.template).toBe('unsupported');
  });

  it('a line of a million digits under a section heading: no tables, nothing else found', () => {
    const { report, ms, codes } = timed(`${T3_HEADING}\n${'7'.repeat(1_000_000)}`);
    expect(ms).toBeLessThan(5_000);
    expect(Object.keys(codes).sort()).toEqual([...NOT_FOUND].sort());
    expect(codes['section-missing']).toBe(5);
    expect(report.template).toBe('unsupported');
    expect(report.sections.map((s) => s.number)).toEqual([3]);
  });

  it('deeply nested HTML (100,000 divs): no stack overflow', () => {
    const { report, ms, codes } = timed(`${'<div>'.repeat(100_000)}一、总体情况${'</div>'.repeat(100_000)}`);
    expect(ms).toBeLessThan(10_000);
    expect(report.input.kind).toBe('html');
    expect(report.sections.map((s) => s.title)).toEqual(['一、总体情况']);
    expect(Object.keys(codes).sort()).toEqual([...NOT_FOUND].sort());
  });

  it('deeply nested HTML tables (20,000 levels)', () => {
    const { report, ms } = timed(`${'<table><tr><td>'.repeat(20_000)}一、总体情况${'</td></tr></table>'.repeat(20_000)}`);
    expect(ms).toBeLessThan(10_000);
    expect(report.sections.map((s) => s.number)).toEqual([1]);
  });

  it('100,000 table rows: every repeat of a row is reported and kept, the table is still read', () => {
    const row = '1.属于国家秘密\t\t0\t0\t0\t0\t0\t0\t0\n';
    const at = seed.indexOf(T4_HEADING);
    const { report, ms, codes } = timed(seed.slice(0, at) + row.repeat(100_000) + seed.slice(at));
    expect(ms).toBeLessThan(30_000);
    expect(report.template).toBe('2021');
    expect(codes['row-duplicate']).toBe(100_000);
    expect(report.tables.t3?.extraRows).toHaveLength(100_000);
    expect(report.tables.t3?.rows.total?.cells.total.value).toBe(11);
  });

  it('a report pasted twice: each section heading is reported again once, the first copy is read', () => {
    const once = timed(seed);
    const { report, ms, codes } = timed(`${seed}\n${seed}`);
    expect(ms).toBeLessThan(2_000);
    expect(codes['section-duplicate']).toBe(6);
    expect(report.sections).toHaveLength(6);
    expect(report.tables.t3?.rows.total?.cells).toEqual(once.report.tables.t3?.rows.total?.cells);
    expect(codes['check-failed']).toBe(once.codes['check-failed']);
  });

  it('two different reports in one file: the second is reported as duplicate sections, the first is read', () => {
    const { report, ms, codes } = timed(`${seed}\n${tabs}`);
    expect(ms).toBeLessThan(2_000);
    expect(codes['section-duplicate']).toBe(6);
    expect(report.metadata.body?.value).toBe(timed(seed).report.metadata.body?.value);
    expect(report.tables.t3?.rows.total?.cells.total.value).toBe(11);
  });

  it('shuffled sections: the ones out of template order are reported', () => {
    const { head, sections } = sectionsOf(seed);
    const [s1, s2, s3, s4, s5, s6] = sections as [string, string, string, string, string, string];
    const { report, ms, codes } = timed(head + s1 + s3 + s2 + s6 + s4 + s5);
    expect(ms).toBeLessThan(2_000);
    expect(codes['section-out-of-order']).toBeGreaterThanOrEqual(2);
    expect(codes['section-missing']).toBeUndefined();
    expect(report.sections.map((s) => s.number).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    // The tables are found in their sections wherever those are.
    expect(report.tables.t3?.rows.total?.cells.total.value).toBe(11);
  });

  it('a report with no tables: no template, said so', () => {
    const { report, ms, codes } = timed(seed.split('\n').filter((l) => !l.includes('\t')).join('\n'));
    expect(ms).toBeLessThan(2_000);
    expect(report.template).toBe('unsupported');
    expect(codes['template-unsupported']).toBe(1);
    expect(codes['section-missing']).toBeUndefined();
  });

  it.each([0.1, 0.25, 0.5, 0.75, 0.9])('a report truncated at %s of its length: what is missing is reported', (share) => {
    const cut = seed.slice(0, Math.floor(seed.length * share));
    const { report, ms, codes } = timed(cut);
    expect(ms).toBeLessThan(2_000);
    const found = new Set(report.sections.map((s) => s.number));
    expect(codes['section-missing'] ?? 0).toBe(6 - found.size);
    if (report.template === 'unsupported') expect(codes['template-unsupported']).toBe(1);
    else {
      // Tables cut off or never reached are missing, or missing rows.
      const missing = (codes['table-missing'] ?? 0) + (codes['row-missing'] ?? 0);
      if (!found.has(4) || !found.has(5)) expect(missing).toBeGreaterThan(0);
    }
  });
});

describe('long lines that used to make the table reader backtrack (fixed: linear now)', () => {
  const inTable3 = (line: string) => {
    const at = seed.indexOf(T4_HEADING);
    return `${seed.slice(0, at)}${line}\n${seed.slice(at)}`;
  };

  it.each([
    ['a label followed by 100,000 single-spaced numbers and a word', `1.属于国家秘密${' 1'.repeat(50_000)} x`],
    ['a label, 100,000 spaces, then an unclosed note', `1.属于国家秘密${' '.repeat(100_000)}x(\t1\t2`],
    ['a page mark, 100,000 spaces, then a word', `第1页${' '.repeat(100_000)}x`],
    ['100,000 white space characters before a markdown rule that is not one', `${' \t'.repeat(50_000)}--x`],
  ])('%s', (_name, line) => {
    const { report, ms } = timed(inTable3(line));
    expect(ms).toBeLessThan(3_000);
    expect(report.template).toBe('2021');
    expect(report.tables.t3?.rows.total?.cells.total.value).toBe(11);
  });
});
