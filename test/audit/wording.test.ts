import { describe, expect, it } from 'vitest';
import { wordingCover } from '../../src/audit/boilerplate.js';
import { bandKeys, minHash } from '../../src/audit/minhash.js';
import { reduceText } from '../../src/audit/shingles.js';
import { bodyKey } from '../../src/audit/body-key.js';

const reduced = (s: string) => reduceText(s, 0, s.length).text;

describe('text reduced for comparing', () => {
  it('keeps ideographs and letters, writes each number as #', () => {
    expect(reduced('2021年，共收到申请75件。ABC')).toBe('#年共收到申请#件ABC');
  });
  it('template labels and numbers are covered; prose is not', () => {
    expect([...wordingCover(reduced('一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5 规章 0 0 0'))].every(Boolean)).toBe(true);
    const prose = reduced('食品安全抽检结果的公开仍以表格附件为主');
    expect([...wordingCover(prose)].filter((x) => x === 0).length).toBeGreaterThan(prose.length / 2);
  });
});

describe('MinHash and LSH bands', () => {
  const set = (from: number, n: number) => Uint32Array.from({ length: n }, (_, i) => (from + i) * 2654435761 >>> 0);
  it('equal sets have equal signatures and share every band', () => {
    expect(bandKeys(minHash(set(0, 200)))).toEqual(bandKeys(minHash(set(0, 200))));
  });
  it('the share of equal signature values estimates the Jaccard similarity', () => {
    const a = minHash(set(0, 400));
    const b = minHash(set(200, 400)); // Jaccard 1/3
    const same = a.filter((v, i) => v === b[i]).length / a.length;
    expect(same).toBeGreaterThan(0.15);
    expect(same).toBeLessThan(0.55);
  });
  it('disjoint sets share no band', () => {
    const a = new Set(bandKeys(minHash(set(0, 300))));
    expect(bandKeys(minHash(set(10_000, 300))).filter((k) => a.has(k))).toEqual([]);
  });
});

describe('the body key', () => {
  it.each([
    ['平潭综合实验区 國有資產管理局', '平潭综合实验区国有资产管理局'],
    ['关于青禾市人民政府办公室', '青禾市人民政府办公室'],
    ['青禾市人民政府办公厅', '青禾市人民政府办公厅'],
  ])('%s → %s', (name, key) => {
    expect(bodyKey(name)).toBe(key);
  });
});
