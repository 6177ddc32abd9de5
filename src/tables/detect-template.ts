import type { TableDef, TemplateDef } from '../templates/types.js';
import type { Cell } from './cells.js';
import { labelIndex } from './label-index.js';
import { labelParts } from './labels.js';
import { tableLookup } from './table-lookup.js';

/** Which candidate templates a table's labels point to, and the labels that say so. */
export interface TableEvidence {
  /** The candidates whose labels this table matched best (every candidate when it does not tell). */
  best: readonly TemplateDef[];
  /** True when the labels narrowed the candidates: some scored more than others. */
  decided: boolean;
  /** Labels found that some candidates have and others not, e.g. '本年制发件数 (2021)'. */
  evidence: string[];
  /** Labels found that every candidate has. */
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

/** The candidates that have a core (their indices, and their ids as the evidence names them). */
interface Owners {
  of: number[];
  ids: string;
}

const ownersCache = new WeakMap<readonly TemplateDef[], Map<string, Map<string, Owners>>>();

/** Every evidence core of the candidates' table `key`, with the candidates that have it (built once per candidate list and table). */
function coreOwners(templates: readonly TemplateDef[], key: 't2' | 't3' | 't4'): Map<string, Owners> {
  let byTable = ownersCache.get(templates);
  if (!byTable) ownersCache.set(templates, (byTable = new Map<string, Map<string, Owners>>()));
  let owners = byTable.get(key);
  if (owners) return owners;
  owners = new Map();
  templates.forEach((t, i) => {
    for (const core of evidenceCores(t.tables[key])) {
      const o = owners.get(core);
      if (o) {
        o.of.push(i);
        o.ids += `, ${t.id}`;
      } else owners.set(core, { of: [i], ids: t.id });
    }
  });
  byTable.set(key, owners);
  return owners;
}

/**
 * Scores every candidate template on a table's text cells: a label some candidates have and others
 * not is a point for each candidate that has it (2021's table 2 has 本年制发件数, 2019's 本年新制作数量;
 * only 2021's table 3 has the leaf rows under （六）其他处理). The candidates with the most points are
 * `best`; a label all candidates share decides nothing (`shared`).
 *
 * @example
 * import { TEMPLATES, splitCells } from 'ogi-report';
 * const text = '信息内容\t本年制发件数';
 * scoreTemplates(2, splitCells(text, 0, text.length), TEMPLATES).best.map((t) => t.id); // ['2021']
 */
export function scoreTemplates(table: 2 | 3 | 4, cells: Cell[], templates: readonly TemplateDef[]): TableEvidence {
  const owners = coreOwners(templates, `t${table}`);
  const scores = templates.map(() => 0);
  const evidence: string[] = [];
  let shared = 0;
  const seen = new Set<string>();
  for (const c of cells) {
    if (c.kind !== 'text' || c.text.length > 60) continue;
    const { core } = labelParts(c.text);
    if (core.length === 0 || seen.has(core)) continue;
    seen.add(core);
    const owner = owners.get(core);
    if (owner === undefined) continue;
    if (owner.of.length === templates.length) {
      shared++;
      continue;
    }
    for (const i of owner.of) scores[i]!++;
    evidence.push(`${c.text} (${owner.ids})`);
  }
  const top = Math.max(...scores);
  const best = top > 0 ? templates.filter((_, i) => scores[i] === top) : templates;
  return { best, decided: best.length < templates.length, evidence, shared };
}
