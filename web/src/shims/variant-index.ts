/**
 * Stands in for src/normalise/data/variant-index.ts in the page, to keep its initial JavaScript within
 * budget (the Unihan variant groups and phonetic classes are ~45 KB gzipped): in the page, look-alike
 * spellings of the body's name are told by their shared radical only.
 */
export const VARIANT_GROUPS = '';
export const PHONETIC_INDEX = '';
