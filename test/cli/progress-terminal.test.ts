// The progress line and the output on one terminal (`check` in a plain terminal): run under a
// pseudo-terminal with util-linux's `script`, and the screen rebuilt from what was written.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, CLI, CORPUS_FILES } from './run-cli.js';

/** The lines a terminal shows for this output: \r goes back to the line's start, ESC[K erases to its end. */
export function screenLines(raw: string): string[] {
  const lines: string[] = [];
  let line = '';
  let col = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '\r') col = 0;
    else if (c === '\n') {
      lines.push(line);
      line = '';
      col = 0;
    } else if (c === '\x1b' && raw.startsWith('[K', i + 1)) {
      line = line.slice(0, col);
      i += 2;
    } else {
      line = line.slice(0, col) + c + line.slice(col + 1);
      col++;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

const script = '/usr/bin/script';

describe.skipIf(!existsSync(script))('the progress line on the terminal the output goes to', () => {
  let dir: string;
  beforeAll(() => {
    assertBuilt();
    dir = mkdtempSync(join(tmpdir(), 'ogi-tty-'));
    // Enough files, read by one worker, for the progress line to be drawn many times.
    for (let i = 0; i < 40; i++) {
      mkdirSync(join(dir, `r${String(i).padStart(2, '0')}`));
      for (const f of CORPUS_FILES) copyFileSync(join('corpus', f), join(dir, `r${String(i).padStart(2, '0')}`, f));
    }
  });

  it('screenLines reads \\r and ESC[K as a terminal does', () => {
    expect(screenLines('[##--] 1/2\r\x1b[Kout\n[##--] 2/2')).toEqual(['out', '[##--] 2/2']);
    expect(screenLines('[##--] 1/2out\n')).toEqual(['[##--] 1/2out']);
  });

  it('never shares a line with the output of `check --quiet`', () => {
    const r = spawnSync(script, ['-qec', `${process.execPath} ${CLI} check . --quiet --jobs 1`, '/dev/null'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    const lines = screenLines(r.stdout);
    const output = lines.filter((l) => /^r\d\d\//u.test(l) || /^\s+\S+\s+error\s/u.test(l));
    expect(output.length).toBeGreaterThan(40);
    // A progress line was drawn (the test means something) …
    expect(r.stdout).toMatch(/\d+\/\d+\+? reports · \d+\/s/u);
    // … and no line of the screen holds it together with output.
    expect(lines.filter((l) => / reports · \d+\/s/u.test(l) && (/\.txt/u.test(l) || /error/u.test(l)))).toEqual([]);
  }, 120_000);
});
