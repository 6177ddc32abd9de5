import type { Progress } from './progress.js';
import type { BatchItem } from './sources.js';

/**
 * Passes the inputs through as they are found, telling the progress line of each and, once the
 * last is found, of the total.
 *
 * @example
 * async function* two() { yield { input: { type: 'file', path: 'a.txt', kind: 'text' } }; yield { input: { type: 'file', path: 'b.txt', kind: 'text' } }; }
 * let n = 0;
 * for await (const _ of countedItems(two(), null)) n++;
 * n; // → 2
 */
export async function* countedItems(items: AsyncIterable<BatchItem>, progress: Progress | null): AsyncGenerator<BatchItem> {
  let n = 0;
  for await (const item of items) {
    n++;
    progress?.found();
    yield item;
  }
  progress?.setTotal(n);
}
