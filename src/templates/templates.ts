import { NATIONAL_ANCHORS, NATIONAL_LABEL_HINTS, NATIONAL_TITLE } from './national-vocabulary.js';
import { T2_2019, T2_2021 } from './table2.js';
import { T3_2019, T3_2021, T3_OTHER_LEAVES_2021, t3Rules } from './table3.js';
import { T4, T4_RULES } from './table4.js';
import type { TemplateDef } from './types.js';

/**
 * The 2021 template (国办公开办函〔2021〕30号), used for report years 2021 onward. Read-only (its type
 * says so): the library builds lookups from a definition once and keeps them, so a changed definition
 * would be read two ways. To adapt it, copy it — a provincial variant is a new definition with its own
 * `id` (see ARCHITECTURE.md). (It is not frozen: V8 reads frozen objects more slowly, and that cost 15%
 * of a parse.)
 *
 * @example
 * TEMPLATE_2021.tables.t3.rows.length; // 26: 25 data rows and the （六） single-row form
 */
export const TEMPLATE_2021 = {
  id: '2021',
  source: '国办公开办函〔2021〕30号',
  years: { from: 2021 },
  tables: { t2: T2_2021, t3: T3_2021, t4: T4 },
  rules: [...t3Rules(T3_OTHER_LEAVES_2021), ...T4_RULES],
  anchors: NATIONAL_ANCHORS,
  title: NATIONAL_TITLE,
  labelHints: NATIONAL_LABEL_HINTS,
} as const satisfies TemplateDef;

/**
 * The 2019 template (国办公开办函〔2019〕60号), used for report years 2019 and 2020.
 *
 * @example
 * TEMPLATE_2019.tables.t2.rows.map((r) => r.key).includes('procurement'); // true
 */
export const TEMPLATE_2019 = {
  id: '2019',
  source: '国办公开办函〔2019〕60号',
  years: { from: 2019, to: 2020 },
  tables: { t2: T2_2019, t3: T3_2019, t4: T4 },
  rules: [...t3Rules(['otherHandling']), ...T4_RULES],
  anchors: NATIONAL_ANCHORS,
  title: NATIONAL_TITLE,
  labelHints: NATIONAL_LABEL_HINTS,
} as const satisfies TemplateDef;

/**
 * The national templates, newest first: the candidates `parseReport` chooses from by default.
 *
 * @example
 * TEMPLATES.map((t) => t.id); // ['2021', '2019']
 */
export const TEMPLATES = [TEMPLATE_2021, TEMPLATE_2019] as const;

/** The id of a national template: '2019' or '2021'. */
export type TemplateId = (typeof TEMPLATES)[number]['id'];
