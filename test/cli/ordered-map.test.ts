import { describe, expect, it } from 'vitest';
import { orderedMap } from '../../src/cli/ordered-map.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('orderedMap', () => {
  it('yields in source order while work finishes out of order, with a bounded window', async () => {
    let inFlight = 0;
    let most = 0;
    let pulled = 0;
    async function* source() {
      for (let i = 0; i < 40; i++) {
        pulled++;
        yield i;
      }
    }
    const out: number[] = [];
    for await (const r of orderedMap(source(), 5, async (i) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await sleep((i * 7) % 5);
      inFlight--;
      return i * 10;
    })) {
      out.push(r);
      expect(pulled - out.length).toBeLessThanOrEqual(5);
    }
    expect(out).toEqual(Array.from({ length: 40 }, (_, i) => i * 10));
    expect(most).toBeLessThanOrEqual(5);
  });
  it('stops pulling the source when the consumer stops', async () => {
    let pulled = 0;
    async function* source() {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield i;
      }
    }
    for await (const r of orderedMap(source(), 4, async (i) => i)) if (r === 2) break;
    expect(pulled).toBeLessThanOrEqual(7);
  });
});
