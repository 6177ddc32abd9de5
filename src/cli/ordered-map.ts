/**
 * Maps an async source through `fn` with at most `window` items started but not yet yielded,
 * yielding results in source order as soon as the next one in order is done. The source is pulled
 * lazily and a slow consumer holds everything back, so memory stays flat however long the source.
 * `fn` should not reject (turn failures into results); a rejection is rethrown when its turn comes.
 *
 * @example
 * async function* numbers() { yield* [30, 10, 20]; }
 * const slow = (n: number) => new Promise<number>((resolve) => setTimeout(() => resolve(n), n)); // the shortest ends first
 * const out: number[] = [];
 * for await (const n of orderedMap(numbers(), 32, slow)) out.push(n);
 * out; // → [30, 10, 20]
 */
export async function* orderedMap<T, R>(source: AsyncIterable<T>, window: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const it = source[Symbol.asyncIterator]();
  const pending: Promise<R>[] = [];
  let done = false;
  const fill = async () => {
    while (!done && pending.length < window) {
      const next = await it.next();
      if (next.done) {
        done = true;
        break;
      }
      const p = fn(next.value);
      p.catch(() => undefined); // handled when its turn comes
      pending.push(p);
    }
  };
  try {
    await fill();
    while (pending.length > 0) {
      yield await pending.shift()!;
      await fill();
    }
  } finally {
    if (!done) await it.return?.();
  }
}
