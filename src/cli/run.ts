import type { Writable } from 'node:stream';
import { helpText } from './help.js';
import { openOutput } from './output.js';
import { parseCommandLine } from './parse-command-line.js';
import { runAudit } from './run-audit.js';
import { runBatch } from './run-batch.js';
import { countInputs, lineItems, pathItems } from './sources.js';
import { UsageError } from './usage-error.js';
import { packageVersion } from './version.js';

/**
 * The streams and worker script of a run (the process's own by default).
 *
 * @example
 * const env: RunEnv = { stdout: process.stdout, stderr: process.stderr, workerScript: new URL('file:///opt/ogi-report/dist/cli-worker.js') };
 */
export interface RunEnv {
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
  workerScript: URL;
}

/**
 * Runs `ogi-report` with the given arguments and resolves with the exit status: 0 done, 1 `check`
 * found errors (or the run failed), 2 a usage error.
 *
 * @example
 * // not run: this is the command itself (src/cli/main.ts)
 * process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, workerScript });
 */
export async function run(argv: readonly string[], env: RunEnv): Promise<number> {
  if (argv.length === 0) {
    env.stderr.write(helpText(null));
    return 2;
  }
  let command;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    env.stderr.write(`ogi-report: ${error.message}\nRun 'ogi-report ${error.command ? `help ${error.command}` : '--help'}' for usage.\n`);
    return 2;
  }
  switch (command.name) {
    case 'help':
      env.stdout.write(helpText(command.topic));
      return 0;
    case 'version':
      env.stdout.write(`${packageVersion()}\n`);
      return 0;
    case 'schema': {
      const { parseLineJsonSchema } = await import('./line-schema.js'); // zod loads only here
      const out = openOutput(command.out, env.stdout);
      try {
        await out.ready();
      } catch (error) {
        env.stderr.write(`ogi-report: ${(error as Error).message}\n`);
        return 2;
      }
      await out.write(JSON.stringify(parseLineJsonSchema(), null, 2) + '\n');
      await out.close();
      return 0;
    }
    case 'audit':
      return runAudit(command, command.jsonlIn ? lineItems() : pathItems(command.paths), env);
    default:
      if (command.jsonlIn) return runBatch(command, lineItems(), env);
      return runBatch(command, pathItems(command.paths, process.stdin, command.timeoutMs), env, () => countInputs(command.paths));
  }
}
