import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';
import { corpusDir } from './helpers.js';

// Golden fixtures: corpus/<name>.txt|html beside <name>.json, the full expected output.
// Regenerate with `npm run golden` and review the diff.
const files = readdirSync(corpusDir).filter((f) => /^[a-z0-9].*\.(txt|md|html?)$/u.test(f)).sort();

describe('golden corpus', () => {
  it('has the seed and at least eight reports of our own', () => {
    expect(files).toContain('seed-luohe-2021.txt');
    expect(files.length).toBeGreaterThanOrEqual(9);
  });
  for (const f of files) {
    it(f, () => {
      const input = readFileSync(join(corpusDir, f), 'utf8');
      const expected = JSON.parse(readFileSync(join(corpusDir, f.replace(/\.[^.]+$/u, '.json')), 'utf8'));
      expect(JSON.parse(JSON.stringify(parseReport(input)))).toEqual(expected);
    });
  }
});
