import { TEMPLATES } from './templates.js';
import type { RuleDef, TableDef, TemplateDef } from './types.js';

/** What a report says it was read with: each table record names its template by id. */
export interface ReadWith {
  tables: { t2: { template: string } | null; t3: { template: string } | null; t4: { template: string } | null };
}

/**
 * The template with this id among `templates` (default: the national ones), or null. The one place
 * a template id in a report is turned back into its definition: `toCells`, the CLI and the page
 * resolve through it.
 *
 * @example
 * import { templateById } from 'ogi-report';
 * templateById('2019')?.source; // '国办公开办函〔2019〕60号'
 */
export function templateById(id: string, templates: readonly TemplateDef[] = TEMPLATES): TemplateDef | null {
  for (const t of templates) if (t.id === id) return t;
  return null;
}

/**
 * The definition table `table` of a report was read with (null when the table was not found or its
 * template is not among `templates`).
 *
 * @example
 * import { parseReport, tableDefOf } from 'ogi-report';
 * tableDefOf(parseReport('…'), 3); // null: no table 3
 */
export function tableDefOf(report: ReadWith, table: 2 | 3 | 4, templates: readonly TemplateDef[] = TEMPLATES): TableDef | null {
  const record = report.tables[`t${table}`];
  if (record === null) return null;
  return templateById(record.template, templates)?.tables[`t${table}`] ?? null;
}

/**
 * The rule `id` of the template table `table` of a report was read with.
 *
 * @example
 * import { parseReport, ruleOf } from 'ogi-report';
 * ruleOf(parseReport('…'), 3, 't3-balance'); // null: no table 3
 */
export function ruleOf(report: ReadWith, table: 2 | 3 | 4, id: string, templates: readonly TemplateDef[] = TEMPLATES): RuleDef | null {
  const record = report.tables[`t${table}`];
  if (record === null) return null;
  return templateById(record.template, templates)?.rules.find((r) => r.id === id) ?? null;
}
