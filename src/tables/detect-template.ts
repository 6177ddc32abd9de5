import { TEMPLATE_2019, TEMPLATE_2021 } from '../templates/templates.js';
import type { TableDef } from '../templates/types.js';
import type { Cell } from './cells.js';
import { labelIndex } from './label-index.js';
import { labelParts } from './labels.js';
import { tableLookup } from './table-lookup.js';

/** Which template a table's labels point to, and the labels that say so. */
export interface TableEvidence {
  template: '2019' | '2021' | null;
  /** Labels found that belong to one template only, e.g. '本年制发件数 (2021)'. */
  evidence: string[];
  /** Labels found that both templates share. */
  shared: number;
}

const coresCache = new WeakMap<TableDef, ReadonlySet<string>>();

/** The label cores of a table that are evidence of its template: row, group and column labels, not headers nor provincial add-on rows. */
function evidenceCores(table: TableDef): ReadonlySet<string> {
  let cores = coresCache.get(table);
  if (cores) return cores;
  const lookup = tableLookup(table);
  cores = new Set(labelIndex(table).targets.filter((t) => t.type !== 'header' && !(t.type === 'row' && lookup.rowByKey.get(t.key)?.extra)).map((t) => t.core));
  coresCache.set(table, cores);
  return cores;
}

function evidenceFor(a: TableDef, b: TableDef, cells: Cell[]): TableEvidence {
  const ca = evidenceCores(a);
  const cb = evidenceCores(b);
  const evidence: string[] = [];
  let scoreA = 0;
  let scoreB = 0;
  let shared = 0;
  const seen = new Set<string>();
  for (const c of cells) {
    if (c.kind !== 'text' || c.text.length > 60) continue;
    const { core } = labelParts(c.text);
    if (core.length === 0 || seen.has(core)) continue;
    seen.add(core);
    const inA = ca.has(core);
    const inB = cb.has(core);
    if (inA && inB) shared++;
    else if (inA) {
      scoreA++;
      evidence.push(`${c.text} (2021)`);
    } else if (inB) {
      scoreB++;
      evidence.push(`${c.text} (2019)`);
    }
  }
  const template = scoreA > scoreB ? '2021' : scoreB > scoreA ? '2019' : null;
  return { template, evidence, shared };
}

/**
 * Tells a table-2 region's template from its labels: 2021 has 本年制发件数, 本年废止件数, 现行有效件数,
 * 行政规范性文件, 本年收费金额; 2019 has 本年新制作数量, 上一年项目数量, 本年增/减, 政府集中采购 …
 *
 * @example
 * detectTable2(splitCells('信息内容\t本年制发件数', 0, 13)).template; // '2021'
 */
export function detectTable2(cells: Cell[]): TableEvidence {
  return evidenceFor(TEMPLATE_2021.tables.t2, TEMPLATE_2019.tables.t2, cells);
}

/**
 * Tells a table-3 region's template: only the 2021 template has leaf rows under （六）其他处理
 * ("申请人无正当理由逾期不补正…"). A single （六） row is not evidence: 2021 reports print it too.
 *
 * @example
 * const rows = '（六）其他处理\n1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t1';
 * detectTable3(splitCells(rows, 0, rows.length)).template; // → '2021'
 * detectTable3(splitCells('（六）其他处理\t1', 0, 9)).template; // → null
 */
export function detectTable3(cells: Cell[]): TableEvidence {
  const e = evidenceFor(TEMPLATE_2021.tables.t3, TEMPLATE_2019.tables.t3, cells);
  // The 2021 definition lists the single-row （六） too; only its leaves are evidence.
  const evidence = e.evidence.filter((x) => x.endsWith('(2021)'));
  return { template: evidence.length > 0 ? '2021' : null, evidence, shared: e.shared };
}
