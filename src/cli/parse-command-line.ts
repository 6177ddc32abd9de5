import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { charsetName } from '../io/charset-label.js';
import { COMMANDS, type Command, type CommandName } from './command.js';
import { localeLang } from './locale-lang.js';
import { suggest } from './suggest.js';
import { UsageError } from './usage-error.js';

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  out: { type: 'string', short: 'o' },
  format: { type: 'string', short: 'f' },
  jobs: { type: 'string', short: 'j' },
  timeout: { type: 'string' },
  encoding: { type: 'string' },
  'jsonl-in': { type: 'boolean' },
  'blank-as-zero': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'no-progress': { type: 'boolean' },
  lang: { type: 'string' },
} as const;

/** The options each subcommand takes (besides --help). */
const ALLOWED: Record<CommandName, readonly string[]> = {
  parse: ['out', 'jobs', 'timeout', 'encoding', 'jsonl-in', 'blank-as-zero', 'no-progress'],
  cells: ['out', 'format', 'jobs', 'timeout', 'encoding', 'jsonl-in', 'blank-as-zero', 'no-progress'],
  check: ['out', 'quiet', 'jobs', 'timeout', 'encoding', 'jsonl-in', 'blank-as-zero', 'no-progress', 'lang'],
  audit: ['out', 'format', 'jobs', 'timeout', 'encoding', 'jsonl-in', 'blank-as-zero', 'no-progress', 'lang'],
  stats: ['out', 'format', 'jobs', 'timeout', 'encoding', 'jsonl-in', 'blank-as-zero', 'no-progress'],
  schema: ['out'],
};

const FORMATS: Partial<Record<CommandName, readonly string[]>> = { cells: ['csv', 'jsonl'], stats: ['table', 'csv'], audit: ['jsonl', 'csv', 'text'] };

function wholeNumber(name: string, text: string, min: number, command: string): number {
  if (!/^\d+$/u.test(text) || Number(text) < min) throw new UsageError(`--${name} needs a whole number ≥ ${min}, got "${text}"`, command);
  return Number(text);
}

function commandOf(word: string | undefined): CommandName {
  if (word === undefined) throw new UsageError('missing command: parse, cells, check, stats, audit or schema');
  if ((COMMANDS as readonly string[]).includes(word)) return word as CommandName;
  const near = suggest(word, [...COMMANDS, 'help']);
  throw new UsageError(`unknown command "${word}"${near ? ` (did you mean "${near}"?)` : ''}`);
}

/** Options taking a number: `--jobs -1` is their value, not an option (parseArgs would call it ambiguous). */
const NUMERIC: Record<string, string> = { '--jobs': 'jobs', '-j': 'jobs', '--timeout': 'timeout' };

function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const name = NUMERIC[argv[i]!];
    if (name !== undefined && /^-[\d.]/u.test(argv[i + 1] ?? '')) out.push(`--${name}=${argv[++i]}`);
    else out.push(argv[i]!);
  }
  return out;
}

/**
 * Parses the arguments of `ogi-report` (after `node cli.js`) into a checked {@link Command}.
 * Throws a {@link UsageError} for anything wrong: an unknown command or option, an option the
 * command does not take, a bad value, paths missing or given with `--jsonl-in`. `--jobs` above
 * the number of CPUs is capped, with a note for stderr in `notes`.
 *
 * @example
 * parseCommandLine(['cells', 'reports/', '--format', 'jsonl']); // { name: 'cells', paths: ['reports/'], settings: { format: 'jsonl', … }, … }
 */
export function parseCommandLine(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const word = argv.find((a) => !a.startsWith('-'));
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/su, ''), word && (COMMANDS as readonly string[]).includes(word) ? word : undefined);
  }
  const { values, positionals } = parsed;
  if (values.version) return { name: 'version' };
  const [first, ...rest] = positionals;
  if (first === 'help') return { name: 'help', topic: rest[0] === undefined ? null : commandOf(rest[0]) };
  if (values.help) return { name: 'help', topic: first === undefined ? null : commandOf(first) };
  const name = commandOf(first);
  for (const key of Object.keys(values)) {
    if (!ALLOWED[name].includes(key)) throw new UsageError(`"${name}" takes no --${key}`, name);
  }
  if (name === 'schema') {
    if (rest.length > 0) throw new UsageError('"schema" takes no paths', name);
    return { name, out: values.out };
  }
  const format = values.format;
  if (format !== undefined && !FORMATS[name]!.includes(format)) {
    throw new UsageError(`--format for "${name}" is ${FORMATS[name]!.join(' or ')}, not "${format}"`, name);
  }
  const jsonlIn = values['jsonl-in'] === true;
  if (jsonlIn && rest.length > 0) throw new UsageError('--jsonl-in reads JSON lines from stdin: give no paths', name);
  if (!jsonlIn && rest.length === 0) throw new UsageError(`"${name}" needs files, folders or globs to read (or - for stdin, or --jsonl-in)`, name);
  if (rest.filter((p) => p === '-').length > 1) throw new UsageError('stdin (-) can be read only once', name);
  if (values.encoding !== undefined && charsetName(values.encoding) === null) throw new UsageError(`unknown --encoding "${values.encoding}"`, name);
  const cpus = availableParallelism();
  const asked = values.jobs === undefined ? cpus : wholeNumber('jobs', values.jobs, 1, name);
  const jobs = Math.min(asked, cpus);
  const notes = asked > cpus ? [`--jobs ${asked} is more than the ${cpus} CPUs: using ${cpus} workers`] : [];
  const timeout = values.timeout === undefined ? 120 : wholeNumber('timeout', values.timeout, 0, name);
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') throw new UsageError(`--lang is zh or en, not "${values.lang}"`, name);
  return {
    name,
    paths: rest,
    jsonlIn,
    settings: {
      mode: name,
      format: name === 'cells' && format === 'jsonl' ? 'jsonl' : 'csv',
      quiet: values.quiet === true,
      blankAsZero: values['blank-as-zero'] === true,
      ...(values.encoding !== undefined ? { encoding: values.encoding } : {}),
      ...(name === 'check' || name === 'audit' ? { lang: values.lang === 'zh' || values.lang === 'en' ? values.lang : localeLang() } : {}),
    },
    statsFormat: name === 'stats' && format === 'csv' ? 'csv' : 'table',
    out: values.out,
    jobs,
    jobsAsked: values.jobs !== undefined,
    timeoutMs: timeout * 1000,
    progress: values['no-progress'] !== true,
    ...(notes.length > 0 ? { notes } : {}),
    ...(name === 'audit' ? { auditFormat: (format as 'jsonl' | 'csv' | 'text' | undefined) ?? null } : {}),
  };
}
