import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The built command: dist/cli.js (`npm test` builds it first), or $OGI_REPORT_CLI. */
export const CLI = resolve(process.env.OGI_REPORT_CLI ?? 'dist/cli.js');

/** The ten invented reports of corpus/MANIFEST.md. */
export const CORPUS_FILES = [
  't2019-spaces.txt',
  't2019-tabs.txt',
  't2021-blanks.txt',
  't2021-damaged.txt',
  't2021-lines.txt',
  't2021-markdown.txt',
  't2021-partial.txt',
  't2021-single-six.txt',
  't2021-spaces.txt',
  't2021-tabs.txt',
];

/** Fails with a clear message when the command has not been built. */
export function assertBuilt(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (tsup.config.ts must build src/cli/main.ts as cli and src/cli/worker.ts as cli-worker).`);
}

/** A fresh folder with the corpus copied into reports/ (half of it one level down, in reports/2021/). */
export function corpusFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ogi-cli-'));
  mkdirSync(join(dir, 'reports/more'), { recursive: true });
  for (const [i, f] of CORPUS_FILES.entries()) copyFileSync(resolve('corpus', f), join(dir, i % 2 === 0 ? 'reports' : 'reports/more', f));
  return dir;
}

/** Where each corpus file lands in corpusFolder(). */
export const corpusPath = (f: string) => (CORPUS_FILES.indexOf(f) % 2 === 0 ? `reports/${f}` : `reports/more/${f}`);

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A run that takes longer has hung (the slowest, 300 files through the command, takes a few seconds). */
const RUN_TIMEOUT_MS = 120_000;

/**
 * Runs the built command as a user would: `node dist/cli.js ARGS` in `cwd`, with `input` on stdin.
 * Throws when it hangs (killed after two minutes), so that a hang fails the test instead of the suite.
 */
export function runCli(args: string[], options: { cwd?: string; input?: string | Uint8Array } = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd, input: options.input ?? '', encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: RUN_TIMEOUT_MS });
  if (r.error) throw new Error(`ogi-report ${args.join(' ')}: ${r.error.message}`);
  if (r.signal === 'SIGTERM' && r.status === null) throw new Error(`ogi-report ${args.join(' ')} did not finish within ${RUN_TIMEOUT_MS / 1000} s`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
