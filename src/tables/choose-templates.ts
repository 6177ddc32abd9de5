import type { TemplateDef } from '../templates/types.js';
import type { TableEvidence } from './detect-template.js';

/** The templates a report's tables are read with. */
export interface TemplateChoice {
  /** Table 2's template, table 3's (they differ in a mixed report), and table 4's (the report's). */
  t2: TemplateDef;
  t3: TemplateDef;
  t4: TemplateDef;
  /** The labels (and, failing them, the year) that decided. */
  evidence: string[];
}

const rowCount = (t: TemplateDef) => t.tables.t2.rows.length + t.tables.t3.rows.length + t.tables.t4.rows.length;

/** Of tied candidates, the smaller template (a variant must show its own labels to be taken), then the earlier. */
function pick(tied: readonly TemplateDef[]): TemplateDef {
  let best = tied[0]!;
  for (const t of tied) if (rowCount(t) < rowCount(best)) best = t;
  return best;
}

const covers = (t: TemplateDef, year: number) => year >= t.years.from && (t.years.to === undefined || year <= t.years.to);

/**
 * Chooses the templates to read a report's tables with, from the evidence of tables 2 and 3: the
 * candidates both tables point to; when they point to disjoint ones, each table its own (a mixed
 * report). When no label tells, the report year does — only for a report with a real table (three
 * shared labels or more) that is not older than every candidate. Returns null when nothing decides.
 *
 * @example
 * import { chooseTemplates, scoreTemplates, splitCells, TEMPLATES } from 'ogi-report';
 * const text = '信息内容\t本年新制作数量\t本年新公开数量';
 * const table2 = scoreTemplates(2, splitCells(text, 0, text.length), TEMPLATES);
 * chooseTemplates(table2, scoreTemplates(3, [], TEMPLATES), TEMPLATES, 2020)?.t3.id; // '2019'
 */
export function chooseTemplates(t2: TableEvidence, t3: TableEvidence, templates: readonly TemplateDef[], year: number | null): TemplateChoice | null {
  const evidence = [...t2.evidence, ...t3.evidence];
  if (!t2.decided && !t3.decided) {
    const oldest = Math.min(...templates.map((t) => t.years.from));
    if (t2.shared + t3.shared < 3 || (year !== null && year < oldest)) return null;
    const covering = year === null ? templates : templates.filter((t) => covers(t, year));
    const base = pick(covering.length > 0 ? covering : templates);
    evidence.push(`no template-specific label; the report year ${year ?? '(unknown)'} decided`);
    return { t2: base, t3: base, t4: base, evidence };
  }
  const common = t2.best.filter((t) => t3.best.includes(t));
  if (common.length > 0) {
    const base = pick(common);
    return { t2: base, t3: base, t4: base, evidence };
  }
  const a = pick(t2.best);
  return { t2: a, t3: pick(t3.best), t4: a, evidence };
}
