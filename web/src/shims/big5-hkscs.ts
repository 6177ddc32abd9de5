/**
 * Stands in for src/io/data/big5-hkscs.ts in the page: a browser's `big5` decoder (WHATWG) reads the
 * Hong Kong supplement itself, so the table that puts back Node's private-use characters is not needed.
 */
export const BIG5_PUA_RUNS: readonly number[] = [];
export const BIG5_PUA_CHARS = '';
