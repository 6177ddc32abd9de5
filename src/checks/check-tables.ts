import type { Message } from '../messages/message.js';
import type { TablesRead } from '../tables/read-tables.js';
import type { RuleDef } from '../templates/types.js';
import { runChecks, type CheckOptions } from './run-checks.js';

/**
 * The check stage: evaluates the rules of the template each table was read with
 * ({@link runChecks}). Nothing is checked in a report whose template was not decided or that has no table.
 *
 * @example
 * import { checkTables } from 'ogi-report';
 * checkTables({ tables: { t2: null, t3: null, t4: null }, choice: null, evidence: [], messages: [] }); // []
 */
export function checkTables(read: TablesRead, options: CheckOptions = {}): Message[] {
  const { choice, tables } = read;
  if (choice === null || (tables.t2 === null && tables.t3 === null && tables.t4 === null)) return [];
  // One template for all three tables (the usual case): its rules as they are; else each table's own.
  const rules: readonly RuleDef[] =
    choice.t2 === choice.t3 && choice.t3 === choice.t4
      ? choice.t3.rules
      : [...choice.t2.rules.filter((r) => r.table === 2), ...choice.t3.rules.filter((r) => r.table === 3), ...choice.t4.rules.filter((r) => r.table === 4)];
  return runChecks(rules, { 2: { def: choice.t2.tables.t2, record: tables.t2 }, 3: { def: choice.t3.tables.t3, record: tables.t3 }, 4: { def: choice.t4.tables.t4, record: tables.t4 } }, options);
}
