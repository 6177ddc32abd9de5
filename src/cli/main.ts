#!/usr/bin/env node
import { run } from './run.js';

// The `ogi-report` command (bundled as dist/cli.js). Its worker threads run dist/cli-worker.js.
const workerScript = new URL('./cli-worker.js', import.meta.url);

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, workerScript }).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`ogi-report: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
