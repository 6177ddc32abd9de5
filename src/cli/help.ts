import type { CommandName } from './command.js';

const COMMON = `Inputs:
  PATH...            files, folders (searched recursively for .txt .md .html .htm
                     .docx .pdf; hidden names skipped, only regular files read)
                     and quoted globs ('reports/**/*.html'); - is stdin. The
                     extension decides: .txt is text, .html HTML
  --jsonl-in         read {"id":…,"text":…} or {"id":…,"html":…} lines from stdin
                     instead, and write one result per line, in order

Options:
  -o, --out FILE     write to FILE instead of stdout
  -j, --jobs N       at most N worker threads (default: one per two CPUs, up to
                     the number of CPUs once a run passes 10,000 text files or
                     4 PDF and Word files)
      --timeout S    give up on a file after S seconds (default 120; 0: never)
      --encoding CS  decode text and HTML files as CS (e.g. gbk) instead of detecting
      --blank-as-zero  count blank and dash cells as 0 in the arithmetic checks
      --no-progress  no progress line (it is shown only when stderr is a terminal)
  -h, --help         show help`;

const GENERAL = `ogi-report — read government information-disclosure annual reports
(政府信息公开工作年度报告) into checked data.

Usage:
  ogi-report parse  PATH... [--out FILE]           one JSON line per report
  ogi-report cells  PATH... [--format csv|jsonl]   one row per table cell
  ogi-report check  PATH... [--quiet]              errors and warnings by file
  ogi-report stats  PATH... [--format table|csv]   corpus totals
  ogi-report audit  PATH... [--format text|jsonl|csv]  across reports: years,
                                                   prose against tables, copied text
  ogi-report schema                                JSON Schema of parse output
  ogi-report help COMMAND | --help | --version

Examples:
  ogi-report cells reports/ > cells.csv
  ogi-report check reports/2023 --quiet
  ogi-report parse --jsonl-in < docs.jsonl > reports.jsonl

Exit status: 0 done; 1 an input could not be read (each is named on stderr),
or check or audit found errors; 2 a usage error or an --out file that cannot
be written.
Run 'ogi-report help COMMAND' for a command's options.`;

const TOPICS: Record<CommandName, string> = {
  parse: `Usage: ogi-report parse PATH... [options]

Writes one JSON object per report per line (JSONL), in input order:
  {"file":…,"encoding":…,"template":…,"tables":…,"metadata":…,"sections":…,"messages":…}
A file that cannot be read gives {"file":…,"error":…} and the run goes on.
With --jsonl-in each line gives {"id":…,…report} or {"id":…,"error":…}.
'ogi-report schema' prints the JSON Schema of a line.

${COMMON}`,
  cells: `Usage: ogi-report cells PATH... [--format csv|jsonl] [options]

Writes every table cell of every report, one row per cell (RFC 4180 CSV with a
header row, UTF-8; or JSON lines). Columns:
  file (id with --jsonl-in), template, body, year, table, tableTemplate, row,
  column, rowLabel, columnLabel, value, raw, status, spanStart, spanEnd
value is empty when the cell is blank, a dash or absent; raw is the text as printed.
Text a spreadsheet would run as a formula (=, +, -, @ first) gets a leading '.

  -f, --format F     csv (default) or jsonl
${COMMON}`,
  check: `Usage: ogi-report check PATH... [--quiet] [options]

Prints every error and warning by file, with line:column, code, message and the
cells involved. Exit status 1 when any error is found (an unreadable file counts),
0 otherwise.

  -q, --quiet        print only files with errors, and only their errors
      --lang L       zh: messages in Chinese; en: in English (default: the locale's)
${COMMON}`,
  stats: `Usage: ogi-report stats PATH... [--format table|csv] [options]

Counts reports by template and year and messages by code, and sums tables 3
and 4 row by row, over the reports with a number in every cell of the row.

  -f, --format F     table (default) or csv (long format: measure,…,value,reports)
${COMMON}`,
  audit: `Usage: ogi-report audit PATH... [--format text|jsonl|csv] [--lang zh|en] [options]

Audits the reports together: groups them by body and year (duplicate-report,
body-lookalike), compares consecutive years of a body (carry-over, table 2's
documents-in-force and items-carried), checks each report's prose against its own
tables (prose-table) and looks for text copied between reports (similar-text).
Exit status 1 when a finding is an error (an unreadable file counts), 0 otherwise.

  -f, --format F     text (default on a terminal), jsonl (default otherwise: one
                     finding per line) or csv (one row per finding and file)
      --lang L       zh or en for the text format (default: the locale's language)
${COMMON}`,
  schema: `Usage: ogi-report schema [--out FILE]

Prints the JSON Schema (draft 2020-12) of a line of 'ogi-report parse'.`,
};

/**
 * The help text of the command, or of one subcommand.
 *
 * @example
 * helpText('cells'); // 'Usage: ogi-report cells PATH... [--format csv|jsonl] …'
 */
export function helpText(topic: CommandName | null): string {
  return (topic === null ? GENERAL : TOPICS[topic]) + '\n';
}
