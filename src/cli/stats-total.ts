import type { ReportStats } from './stats.js';

/**
 * A table 3 or 4 cell summed over the corpus.
 *
 * @example
 * const total = new StatsTotal();
 * for (const name of ['seed-luohe-2021.txt', 't2021-damaged.txt']) total.add(reportStats(parseReport(readFileSync(`corpus/${name}`, 'utf8')), lib));
 * total.cells.get('4\treconsideration\ttotal'); // → { table: 4, row: 'reconsideration', column: 'total', sum: 5, reports: 2, … }
 */
export interface CellTotal {
  table: number;
  row: string;
  column: string;
  rowLabel: string;
  columnLabel: string;
  sum: number;
  /** Reports whose row had a number in every cell (the same for every cell of a row). */
  reports: number;
}

/**
 * A table 3 or 4 row left out of the sums in some reports: a cell of it held no number.
 *
 * @example
 * const total = new StatsTotal();
 * for (const name of ['t2021-tabs.txt', 't2021-blanks.txt']) total.add(reportStats(parseReport(readFileSync(`corpus/${name}`, 'utf8')), lib));
 * total.incomplete.get('3\tnew'); // → { table: 3, row: 'new', rowLabel: '一、本年新收政府信息公开申请数量', reports: 1 }
 */
export interface IncompleteRow {
  table: number;
  row: string;
  rowLabel: string;
  /** Reports whose row was left out. */
  reports: number;
}

/**
 * A message code counted over the corpus.
 *
 * @example
 * const total = new StatsTotal();
 * for (const name of ['seed-luohe-2021.txt', 't2021-damaged.txt']) total.add(reportStats(parseReport(readFileSync(`corpus/${name}`, 'utf8')), lib));
 * total.codes.get('check-failed'); // → { code: 'check-failed', severity: 'error', count: 1, reports: 1 }
 */
export interface CodeTotal {
  code: string;
  severity: string;
  /** Messages in all. */
  count: number;
  /** Reports with at least one. */
  reports: number;
}

/**
 * The running totals of `stats`: memory grows with the number of distinct templates, years,
 * codes and cells, not with the number of reports.
 *
 * @example
 * const total = new StatsTotal();
 * total.add(reportStats(report, lib));
 * total.reports; // → 1
 */
export class StatsTotal {
  reports = 0;
  unreadable = 0;
  readonly byTemplateYear = new Map<string, { template: string; year: number | null; reports: number }>();
  readonly codes = new Map<string, CodeTotal>();
  readonly cells = new Map<string, CellTotal>();
  readonly incomplete = new Map<string, IncompleteRow>();

  /** Adds one report's share. */
  add(stats: ReportStats): void {
    this.reports++;
    const ty = `${stats.template}\t${stats.year}`;
    const t = this.byTemplateYear.get(ty) ?? { template: stats.template, year: stats.year, reports: 0 };
    t.reports++;
    this.byTemplateYear.set(ty, t);
    for (const [code, severity, count] of stats.codes) {
      const c = this.codes.get(code) ?? { code, severity, count: 0, reports: 0 };
      c.count += count;
      c.reports++;
      this.codes.set(code, c);
    }
    for (const [table, row, column, rowLabel, columnLabel, value] of stats.cells) {
      const key = `${table}\t${row}\t${column}`;
      const c = this.cells.get(key) ?? { table, row, column, rowLabel, columnLabel, sum: 0, reports: 0 };
      c.sum += value;
      c.reports++;
      this.cells.set(key, c);
    }
    for (const [table, row, rowLabel] of stats.incomplete) {
      const key = `${table}\t${row}`;
      const r = this.incomplete.get(key) ?? { table, row, rowLabel, reports: 0 };
      r.reports++;
      this.incomplete.set(key, r);
    }
  }

  /** Counts an input that could not be read. */
  addUnreadable(): void {
    this.unreadable++;
  }
}
