import { mix32 } from './shingles.js';

/** Values in a MinHash signature. */
export const SIGNATURE_SIZE = 64;
/** LSH bands × rows per band = {@link SIGNATURE_SIZE}: two sets collide in a band with probability J⁴. */
export const BANDS = 16;
export const ROWS_PER_BAND = SIGNATURE_SIZE / BANDS;

const SEEDS = Int32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix32(0x9e3779b9 + i * 0x7f4a7c15) | 1);

/**
 * The MinHash signature of a set of 32-bit hashes: for each of {@link SIGNATURE_SIZE} hash
 * functions, the least value over the set. Two sets' signatures agree in a position with
 * probability equal to their Jaccard similarity.
 *
 * @example
 * const sig = minHash(Uint32Array.of(12, 99, 4051));
 * sig.length; // → 64
 */
export function minHash(hashes: ArrayLike<number>): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let j = 0; j < hashes.length; j++) {
    const x = hashes[j]!;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = mix32(Math.imul(x, SEEDS[i]!) ^ i) ;
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/**
 * The LSH bucket keys of a signature: one per band, the band's number and values hashed together.
 * Items that share a key are candidate pairs; items with Jaccard similarity J share at least one
 * key with probability 1 − (1 − J^rows)^bands (about 0.5 at J = 0.45, 0.98 at J = 0.7).
 *
 * @example
 * bandKeys(minHash([1, 2, 3])).length; // → 16
 */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = mix32(b + 0x51ed27);
    for (let r = 0; r < ROWS_PER_BAND; r++) h = mix32(h ^ sig[b * ROWS_PER_BAND + r]!);
    keys.push(h);
  }
  return keys;
}
