import { createMessage, type CellRef, type Message } from '../messages/message.js';
import type { CellValue } from '../records/cell-value.js';
import { t2With2019Items, type T2ItemBlock } from '../templates/table2-variants.js';
import type { TableDef } from '../templates/types.js';

const CAPTION_NAME: Record<T2ItemBlock, string> = { art20_5: '第二十条第（五）项', art20_6: '第二十条第（六）项' };

/**
 * The `template-mixed` warning of a 2021 table 2 whose （五）/（六） blocks were printed with the 2019
 * columns: it names the 本年处理决定数量 cells read from their 处理决定数量, and gives their 上一年项目数量
 * and 本年增/减 as read (taken out of the rows, which keep the 2021 shape). Mutates `rows`.
 *
 * @example
 * const v = (value: number) => ({ value, raw: String(value), span: { start: 0, end: 1 }, status: 'number' });
 * const rows = { punishment: { cells: { previousItems: v(3), change: v(1), decisions: v(7) } } };
 * mixedBlocksMessage(['art20_6'], rows).cells; // → [{ table: 2, row: 'punishment', column: 'decisions' }]
 * Object.keys(rows.punishment.cells); // → ['decisions']
 */
export function mixedBlocksMessage(blocks: readonly T2ItemBlock[], rows: Record<string, unknown>): Message {
  const def = t2With2019Items(blocks);
  const cells: CellRef[] = [];
  const printed: Array<{ row: string; previousItems: CellValue; change: CellValue }> = [];
  for (const r of def.rows) {
    const row = rows[r.key] as { cells: Record<string, CellValue> } | null | undefined;
    if (r.group === undefined || !(blocks as readonly string[]).includes(r.group) || row == null) continue;
    cells.push({ table: 2, row: r.key, column: 'decisions' });
    // The record keeps the 2021 shape: the two 2019 cells are given here, as read.
    const { previousItems, change, ...rest } = row.cells;
    printed.push({ row: r.key, previousItems: previousItems!, change: change! });
    row.cells = rest;
  }
  return createMessage(
    'template-mixed',
    `Table 2 uses the 2021 template, but ${blocks.map((b) => CAPTION_NAME[b]).join(' and ')} ${blocks.length > 1 ? 'are' : 'is'} printed with the 2019 columns (上一年项目数量, 本年增/减, 处理决定数量): ${blocks.length > 1 ? 'those blocks were' : 'that block was'} read with them; 处理决定数量 is read as 本年处理决定数量, and 上一年项目数量 and 本年增/减 are given here (\`actual\`).`,
    null,
    { actual: printed, cells },
  );
}

/**
 * The `template-guessed` warning: table 2 printed only labels both templates share (规章, 行政许可 …),
 * so the report year chose the template, and with it what its columns mean. Names every cell read.
 *
 * @example
 * templateGuessedMessage('2021', report.tables.t2.rows, TEMPLATE_2021.tables.t2).cells?.length; // 10
 */
export function templateGuessedMessage(template: string, rows: Record<string, unknown>, def: TableDef): Message {
  const cells: CellRef[] = [];
  for (const r of def.rows) {
    if (rows[r.key] == null) continue;
    for (const column of r.columns ?? def.columns.map((c) => c.key)) cells.push({ table: 2, row: r.key, column });
  }
  return createMessage('template-guessed', `Table 2 has no label of one template only; it was read with the ${template} template, chosen by the report year, which decides what its columns mean.`, null, { actual: template, cells });
}
