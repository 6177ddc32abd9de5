// A provincial template is a data change: copy the national definition, add a row, pass it in.
import { describe, expect, it } from 'vitest';
import { parseReport, TEMPLATE_2021, TEMPLATES, tableDefOf, templateById, toCells, type TemplateDef } from '../src/index.js';
import { corpus } from './helpers.js';

/** A province's 2021 template: table 2 has one more row, 行政确认, under 第二十条第（五）项. */
const PROVINCIAL = {
  ...TEMPLATE_2021,
  id: 'qh-2021',
  source: '青禾省政务公开办〔2021〕1号',
  tables: {
    ...TEMPLATE_2021.tables,
    t2: {
      ...TEMPLATE_2021.tables.t2,
      rows: [...TEMPLATE_2021.tables.t2.rows, { key: 'confirmation', label: '行政确认', group: 'art20_5', columns: ['decisions'] }],
    },
  },
} satisfies TemplateDef;

const CANDIDATES = [PROVINCIAL, ...TEMPLATES];

const national = corpus('t2021-tabs.txt');
// The same report, printing the provincial row after 行政许可.
const provincial = national.replace('行政许可\t3126\t\t\n', '行政许可\t3126\t\t\n行政确认\t58\t\t\n');

describe('a provincial template (TEMPLATE_2021 plus one table-2 row)', () => {
  it('the fixture prints the row', () => {
    expect(provincial).not.toBe(national);
    expect(provincial).toContain('行政确认\t58');
  });

  it('reads a report that prints its row with it: the row is read, every other cell as the national read', () => {
    const report = parseReport(provincial, { templates: CANDIDATES });
    expect(report.template).toBe('qh-2021');
    expect(report.tables.t2?.template).toBe('qh-2021');
    expect(report.tables.t3?.template).toBe('qh-2021');
    expect(report.tables.t4?.template).toBe('qh-2021');
    const rows = report.tables.t2?.rows as Record<string, { cells: Record<string, { value: number | null }> } | null>;
    expect(rows.confirmation?.cells.decisions?.value).toBe(58);
    expect(report.metadata.templateEvidence).toContain('行政确认 (qh-2021)');
    // The same messages as the national read (the fixture's table 3 has a row repaired), none for the row.
    expect(report.messages.map((m) => m.code)).toEqual(parseReport(national).messages.map((m) => m.code));

    const strip = (c: { span: unknown; template: string }) => ({ ...c, span: null, template: '' });
    const mine = toCells(report, { templates: CANDIDATES });
    const theirs = toCells(parseReport(national));
    expect(mine.filter((c) => c.row !== 'confirmation').map(strip)).toEqual(theirs.map(strip));
    expect(mine.filter((c) => c.row === 'confirmation').map((c) => [c.rowLabel, c.columnLabel, c.value])).toEqual([['行政确认', '本年处理决定数量', 58]]);
  });

  it('without it, the row is reported: row-unmatched, kept in extraRows', () => {
    const report = parseReport(provincial);
    expect(report.template).toBe('2021');
    const unmatched = report.messages.filter((m) => m.code === 'row-unmatched');
    expect(unmatched.map((m) => m.actual)).toEqual([['58', '', '']]);
    expect(report.tables.t2?.extraRows.map((r) => [r.label, r.reason, r.values.map((v) => v.value)])).toEqual([['行政确认', 'unmatched', [58]]]);
  });

  it('a national report among the provincial candidates is read with the national template (a variant must show its own labels)', () => {
    const report = parseReport(national, { templates: CANDIDATES });
    const alone = parseReport(national);
    expect(report.template).toBe('2021');
    expect(report.tables).toEqual(alone.tables);
    // The evidence names every candidate that has a label: '本年制发件数 (qh-2021, 2021)'.
    expect(report.metadata.templateEvidence[0]).toBe('本年制发件数 (qh-2021, 2021)');
    const notTemplate = (r: typeof report) => r.messages.filter((m) => m.code !== 'template-detected');
    expect(notTemplate(report)).toEqual(notTemplate(alone));
  });

  it('the registry resolves the id the report carries, and only among the templates given', () => {
    const report = parseReport(provincial, { templates: CANDIDATES });
    expect(templateById('qh-2021', CANDIDATES)).toBe(PROVINCIAL);
    expect(templateById('qh-2021')).toBeNull();
    expect(tableDefOf(report, 2, CANDIDATES)).toBe(PROVINCIAL.tables.t2);
    expect(() => toCells(report)).toThrow(/template "qh-2021", which is not in options.templates/u);
  });

  it('rejects candidates that are not templates, with a message naming the option', () => {
    expect(() => parseReport(national, { templates: [] })).toThrow(/options\.templates must be a non-empty array/u);
    expect(() => parseReport(national, { templates: [TEMPLATE_2021, { ...TEMPLATE_2021 }] })).toThrow(/the id "2021" is used twice/u);
  });
});
