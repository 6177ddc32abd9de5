import type { Message } from '../messages/message.js';
import type { TableRecord } from '../records/table-record.js';
import type { Region, TableRegions } from '../locate/locate-tables.js';
import type { TableDef, TemplateDef } from '../templates/types.js';
import type { Span } from '../types.js';
import { splitCells, type Cell } from './cells.js';
import { chooseTemplates, type TemplateChoice } from './choose-templates.js';
import { scoreTemplates } from './detect-template.js';
import { readTable } from './read-table.js';
import { readReadingOrder } from './reading-order/index.js';
import { isRunTogether } from './run-together/detect.js';
import { tokenizeRunTogether } from './run-together/tokenize.js';
import { mixedBlocksMessage, templateGuessedMessage } from './t2-item-message.js';
import { t2ItemBlocks } from './t2-item-blocks.js';
import { T2_2021 } from '../templates/table2.js';
import { t2With2019Items } from '../templates/table2-variants.js';

/** The tables as read, and the templates they were read with. */
export interface TablesRead {
  /** Each table's record (null: not found, or nothing decided the template). */
  tables: { t2: TableRecord | null; t3: TableRecord | null; t4: TableRecord | null };
  /** The templates chosen (null when nothing decided: the report is not read). */
  choice: TemplateChoice | null;
  /** The labels (and, failing them, the year) that point to a template. */
  evidence: string[];
  /** The messages of reading the tables, table by table. */
  messages: Message[];
  /** `template-mixed` when a 2021 table 2 printed （五）/（六） with the 2019 columns (the report is then 'mixed'). */
  mixedBlocks: Message | null;
}

const KEYS = ['t2', 't3', 't4'] as const;

/**
 * The table stage: splits each region into cells ({@link splitCells}; or, when the text's cells ran
 * together, {@link tokenizeRunTogether}: labels and digit runs, one decision per report), scores
 * every candidate template on tables 2 and 3's labels ({@link scoreTemplates}), chooses the templates
 * ({@link chooseTemplates}; the year when no label tells) and reads each table with its template
 * ({@link readTable}). Numbers in reading order (a PDF's text without layout) are first put back
 * into rows by {@link readReadingOrder}. Run-together text is re-read with the chosen template's labels where a table's
 * own labels chose a template whose table differs from the first candidate's.
 *
 * @example
 * import { readTables, TEMPLATES } from 'ogi-report';
 * const text = '信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t3\n行政规范性文件\t1\t0\t5\n';
 * const read = readTables(text, { t2: { start: 0, end: text.length }, t3: null, t4: null }, TEMPLATES, null, (s, e) => ({ start: s, end: e }));
 * read.tables.t2?.template; // '2021'
 */
export function readTables(text: string, regions: TableRegions, templates: readonly TemplateDef[], year: number | null, span: (start: number, end: number) => Span): TablesRead {
  const first = templates[0]!;
  const runTogether = KEYS.some((k) => regions[k] !== null && isRunTogether(text, regions[k].start, regions[k].end));
  const cellsOf = (r: Region | null, def: TableDef): Cell[] => {
    if (!r) return [];
    return runTogether ? tokenizeRunTogether(def, text, r.start, r.end) : splitCells(text, r.start, r.end);
  };
  const cells = { t2: cellsOf(regions.t2, first.tables.t2), t3: cellsOf(regions.t3, first.tables.t3), t4: cellsOf(regions.t4, first.tables.t4) };
  const e2 = scoreTemplates(2, cells.t2, templates);
  const e3 = scoreTemplates(3, cells.t3, templates);
  const choice = chooseTemplates(e2, e3, templates, year);
  if (choice === null) return { tables: { t2: null, t3: null, t4: null }, choice, evidence: [...e2.evidence, ...e3.evidence], messages: [], mixedBlocks: null };
  // Run-together text is re-read with the labels of the template its own labels chose (2019's table 2 differs).
  for (const [k, e] of [['t2', e2], ['t3', e3]] as const) {
    const def = choice[k].tables[k];
    if (e.decided && def !== first.tables[k] && cells[k].some((c) => c.kind === 'run')) cells[k] = tokenizeRunTogether(def, text, regions[k]!.start, regions[k]!.end);
  }
  const messages: Message[] = [];
  // Numbers in reading order (a PDF's text without layout) are put back into rows by the template.
  if (!runTogether) {
    for (const k of ['t2', 't3', 't4'] as const) {
      const region = regions[k];
      const ro = region ? readReadingOrder(choice[k].tables[k], choice[k].rules, text, region, span) : null;
      if (ro) {
        cells[k] = ro.cells;
        for (const m of ro.messages) messages.push(m);
      }
    }
  }
  // A 2021 table 2 may print （五）/（六） with the 2019 columns: those blocks are read with them.
  const itemBlocks = choice.t2.tables.t2 === T2_2021 && regions.t2 ? t2ItemBlocks(text, regions.t2.start, regions.t2.end) : [];
  const read = (k: 't2' | 't3' | 't4'): TableRecord | null => {
    const region = regions[k];
    if (!region) return null;
    const template = choice[k];
    const def = k === 't2' && itemBlocks.length > 0 ? t2With2019Items(itemBlocks) : template.tables[k];
    const out = readTable(def, template.id, template.rules, cells[k], span, region);
    for (const m of out.messages) messages.push(m);
    return out.record;
  };
  const t2 = read('t2');
  const t3 = read('t3');
  const t4 = read('t4');
  const mixedBlocks = itemBlocks.length > 0 && t2 ? mixedBlocksMessage(itemBlocks, t2.rows) : null;
  // Table 2 has only labels every template shares: the year chose it, and with it its columns' meaning.
  if (!e2.decided && t2 && choice.evidence.some((e) => e.startsWith('no template-specific label'))) messages.push(templateGuessedMessage(choice.t2.id, t2.rows, choice.t2.tables.t2));
  return { tables: { t2, t3, t4 }, choice, evidence: choice.evidence, messages, mixedBlocks };
}
