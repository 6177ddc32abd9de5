// Caches that outlive a parse must not keep the reports they were filled from alive: a label cut
// from a report (a view of its text, in V8) kept as a cache key would hold the whole text, and a
// batch run's worker would hold thousands of reports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const usedAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

describe('memory kept between parses', () => {
  it('does not grow with the size of the reports parsed (labels never seen before, 1 MB of text each)', () => {
    const seed = readFileSync(join(import.meta.dirname, '..', 'corpus', 'seed-luohe-2021.txt'), 'utf8');
    const prose = '本机关认真贯彻落实政府信息公开条例的各项规定。'.repeat(20_000); // 460,000 characters
    parseReport(seed);
    const before = usedAfterGc();
    for (let i = 0; i < 40; i++) {
      // A new label in table 2 and in table 3 each time, so that the label caches take new keys.
      const text = seed.replace('行政许可', `行政许可事项之${i}号补充说明`).replace('商业企业', `商业企业${i}类申请主体`);
      parseReport(`${text}\n${prose}${i}`);
    }
    const grown = (usedAfterGc() - before) / 2 ** 20;
    // Kept whole, the 40 reports would hold 40 × 0.9 MB of normalised text at least.
    expect(grown).toBeLessThan(8);
  });
});
