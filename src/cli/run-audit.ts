import type { Finding, ReportDigest } from '../index.js';
import type { Command } from './command.js';
import { describeError } from './describe-error.js';
import { findingsCsv, findingsJsonl, findingsText } from './format-findings.js';
import { loadLibrary } from './load-library.js';
import { countedItems } from './counted-items.js';
import { orderedMap } from './ordered-map.js';
import { openOutput } from './output.js';
import { Progress } from './progress.js';
import type { BatchEnv } from './run-batch.js';
import type { BatchItem } from './sources.js';
import type { TaskInput } from './task.js';
import { commandPool } from './command-pool.js';
import { FatalError } from './worker-pool.js';

type AuditCommand = Extract<Command, { paths: string[] }>;

const nameOf = (input: TaskInput) => (input.type === 'file' ? input.path : input.type === 'bytes' ? input.name : `line ${input.lineNumber}`);

function unreadable(file: string, reason: string): Finding {
  return {
    kind: 'report-unreadable',
    severity: 'error',
    message: `${file}: the file could not be read or parsed (${reason}); it is not audited.`,
    messageZh: `${file}：文件无法读取或解析（${reason}），未参与审查。`,
    files: [file],
    body: null,
    years: [],
    cells: [],
    spans: [],
  };
}

/**
 * Runs `ogi-report audit`: the workers parse every input and reduce it to a digest (identity, the
 * cells compared across years, its prose findings, sketches of its sections); then the digests are
 * audited together here and the findings written (text on a terminal, else JSON lines; or CSV).
 * An input that cannot be read is a `report-unreadable` error. Resolves with the exit status:
 * 1 when a finding is an error.
 *
 * @example
 * // not run: starts worker threads over files
 * const status = await runAudit(command, pathItems(command.paths), { workerScript, stdout: process.stdout, stderr: process.stderr });
 */
export async function runAudit(command: AuditCommand, items: AsyncIterable<BatchItem>, env: BatchEnv): Promise<number> {
  const output = openOutput(command.out, env.stdout);
  try {
    await output.ready();
  } catch (error) {
    env.stderr.write(`ogi-report: ${describeError(error)}\n`);
    return 2;
  }
  const settings = command.settings;
  const pool = commandPool(command, env.workerScript);
  const progress = command.progress && env.stderr.isTTY ? new Progress(env.stderr) : null;
  const digests: ReportDigest[] = [];
  const failed: Finding[] = [];
  const decoder = new TextDecoder();
  const lib = await loadLibrary();
  const work = async (item: BatchItem) => {
    if (item.error !== undefined) return { input: item.input, error: item.error };
    try {
      const result = await pool.run(item.input);
      return { input: item.input, result };
    } catch (error) {
      if (error instanceof FatalError) throw error;
      return { input: item.input, error: describeError(error) };
    }
  };
  try {
    for await (const done of orderedMap(countedItems(items, progress), pool.window, work)) {
      if ('error' in done && done.error !== undefined) failed.push(unreadable(nameOf(done.input), done.error));
      else {
        const { result } = done as { result: { out: Uint8Array; failed: string | null } };
        if (result.failed !== null) failed.push(unreadable(nameOf(done.input), result.failed));
        else digests.push(lib.compactDigest ? lib.compactDigest(JSON.parse(decoder.decode(result.out)) as ReportDigest) : (JSON.parse(decoder.decode(result.out)) as ReportDigest));
        pool.recycle(result.out);
      }
      progress?.done(false);
    }
  } catch (error) {
    progress?.stop();
    env.stderr.write(`ogi-report: ${describeError(error)}\n`);
    return 1;
  } finally {
    progress?.stop();
    await pool.close();
  }
  if (typeof lib.auditDigests !== 'function') {
    env.stderr.write('ogi-report: this build of ogi-report has no auditDigests: it cannot audit\n');
    return 1;
  }
  const findings = [...failed, ...lib.auditDigests(digests, { blankAsZero: settings.blankAsZero }).findings];
  const format = command.auditFormat ?? ((env.stdout as { isTTY?: boolean }).isTTY && command.out === undefined ? 'text' : 'jsonl');
  const lang = settings.lang ?? 'en';
  await output.write(format === 'text' ? findingsText(findings, digests.length + failed.length, lang) : format === 'csv' ? findingsCsv(findings) : findingsJsonl(findings));
  await output.close();
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
