import type { TaskSettings } from './task.js';

/**
 * The subcommands of `ogi-report`.
 *
 * @example
 * COMMANDS.includes('cells'); // true
 */
export const COMMANDS = ['parse', 'cells', 'check', 'stats', 'audit', 'schema'] as const;

/**
 * A subcommand name.
 *
 * @example
 * const name: CommandName = 'check';
 */
export type CommandName = (typeof COMMANDS)[number];

/**
 * A command line, parsed and checked.
 *
 * @example
 * const command: Command = parseCommandLine(['check', 'reports/', '--quiet']);
 */
export type Command =
  | { name: 'help'; topic: CommandName | null }
  | { name: 'version' }
  | { name: 'schema'; out: string | undefined }
  | {
      name: 'parse' | 'cells' | 'check' | 'stats' | 'audit';
      /** Files, folders, globs and '-'; empty with `jsonlIn`. */
      paths: string[];
      /** Read `{"id","text"|"html"}` lines from stdin. */
      jsonlIn: boolean;
      settings: TaskSettings;
      /** For `stats`. */
      statsFormat: 'table' | 'csv';
      out: string | undefined;
      /** The most workers: `--jobs`, else the number of CPUs. */
      jobs: number;
      /** `--jobs` was given: that many workers start as work arrives, whatever the input's size. */
      jobsAsked: boolean;
      /** 0: no limit. */
      timeoutMs: number;
      progress: boolean;
      /** Said on stderr before the run (an option's value adjusted). */
      notes?: string[];
      /** For `audit`: jsonl, csv or text; null: text on a terminal, else jsonl. */
      auditFormat?: 'jsonl' | 'csv' | 'text' | null;
    };
