import type { ReportDigest, SectionSketch } from './digest.js';
import { createFinding, type Finding, type FindingSpan } from './finding.js';
import { bandKeys, minHash } from './minhash.js';
import { SAMPLE_RATE, SHINGLE_SIZE } from './shingles.js';

const SECTION_ZH: Record<string, string> = { overview: '一、总体情况', proactive: '二、主动公开', requests: '三、收到和处理申请', reviewLitigation: '四、行政复议和行政诉讼', problems: '五、存在的主要问题及改进情况', other: '六、其他需要报告的事项' };

/** Options of the copied-text search. */
export interface SimilarOptions {
  /** Least share of a section's text (outside the template wording) shared for a finding; default 0.5. */
  minShare?: number;
  /** Least shared text, in sampled shingles (one in 8 shingles is sampled); default 12 (about 100 characters). */
  minSharedSamples?: number;
  /**
   * A shingle found in the reports of this many bodies or more is template wording of the corpus, not
   * copied text; default max(3, 0.2% of the bodies).
   */
  commonIn?: number;
  /** LSH buckets larger than this are passed over (wording too common to be a copy); default 500. */
  maxBucket?: number;
}

/** A distinct section text and every report that has it. */
interface Item {
  key: string;
  sketch: SectionSketch;
  owners: ReportDigest[];
  /** Sampled hashes outside the corpus's common wording, sorted, unique. */
  set: Uint32Array;
}

const ownerId = (d: ReportDigest) => (d.bodyKey === null ? `file:${d.file}` : `${d.bodyKey}|${d.year ?? ''}`);

function intersectCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

/** A shared passage: the first and last sampled shingle (by index in each sketch) of a run. */
interface Run {
  a: [number, number];
  b: [number, number];
  samples: number;
}

/** Runs of shared sampled shingles that follow each other in both texts: the shared passages. */
function passages(a: Item, b: Item, common: Set<number>): Run[] {
  const inB = new Map<number, number>();
  for (let k = 0; k < b.sketch.hashes.length; k++) {
    const h = b.sketch.hashes[k]!;
    if (!inB.has(h)) inB.set(h, k);
  }
  const runs: Run[] = [];
  let cur: Run | null = null;
  const gap = SAMPLE_RATE * 4 + SHINGLE_SIZE;
  for (let k = 0; k < a.sketch.hashes.length; k++) {
    const h = a.sketch.hashes[k]!;
    const kb = inB.get(h);
    if (kb === undefined || common.has(h)) continue;
    if (cur) {
      const da = a.sketch.index[k]! - a.sketch.index[cur.a[1]]!;
      const db = b.sketch.index[kb]! - b.sketch.index[cur.b[1]]!;
      if (da <= gap && db > 0 && db <= gap) {
        cur.a[1] = k;
        cur.b[1] = kb;
        cur.samples++;
        continue;
      }
      runs.push(cur);
    }
    cur = { a: [k, k], b: [kb, kb], samples: 1 };
  }
  if (cur) runs.push(cur);
  return runs.sort((x, y) => y.samples - x.samples);
}

/** The span in report `d` of the sampled shingles `k0`…`k1` of its section `key` (equal texts sample alike). */
function spanIn(d: ReportDigest, key: string, k0: number, k1: number): FindingSpan {
  const s = d.sections.find((x) => x.key === key)!;
  return { file: d.file, section: key, span: { start: s.start[k0]!, end: s.end[k1]! } };
}

/**
 * The `similar-text` findings: sections (of the same kind: 五 against 五) that share text beyond the
 * template wording. Each distinct section text is sketched (sampled 8-character shingles, wording
 * common to many bodies removed), MinHash signatures are bucketed by LSH bands, and only pairs that
 * share a bucket are compared — never all pairs. Identical texts are found by hash first. Reports of
 * the same body and year (copies, duplicates) are not compared with each other.
 *
 * @example
 * const d = (file: string) => digestReport({ file, text: readFileSync(file, 'utf8'), report: parseReport(readFileSync(file, 'utf8')) });
 * similarTextFindings([d('corpus/audit/nantang-market-2023.txt'), d('corpus/audit/xiyuan-street-2023.txt')]).map((f) => f.share); // → [[1, 1]]
 */
export function similarTextFindings(digests: ReportDigest[], opts: SimilarOptions = {}): Finding[] {
  const minShare = opts.minShare ?? 0.5;
  const minShared = opts.minSharedSamples ?? 12;
  const maxBucket = opts.maxBucket ?? 500;
  // Distinct texts of each section kind; and how many bodies have each sampled shingle.
  const items = new Map<string, Item>();
  const bodiesOf = new Map<number, { last: string; n: number }>();
  for (const d of digests) {
    const owner = d.bodyKey ?? `file:${d.file}`;
    for (const s of d.sections) {
      if (s.hashes.length < minShared) continue;
      const id = `${s.key}:${s.contentHash}:${s.hashes.length}`;
      const item = items.get(id);
      if (item) {
        item.owners.push(d);
        continue;
      }
      items.set(id, { key: s.key, sketch: s, owners: [d], set: new Uint32Array(0) });
      for (const h of new Set(Array.from(s.hashes))) {
        const e = bodiesOf.get(h);
        if (!e) bodiesOf.set(h, { last: owner, n: 1 });
        else if (e.last !== owner) {
          e.last = owner;
          e.n++;
        }
      }
    }
  }
  const bodies = new Set(digests.map((d) => d.bodyKey ?? `file:${d.file}`)).size;
  const commonIn = opts.commonIn ?? Math.max(3, Math.ceil(bodies * 0.002));
  const common = new Set<number>();
  for (const [h, e] of bodiesOf) if (e.n >= commonIn) common.add(h);

  const findings: Finding[] = [];
  const list = [...items.values()];
  for (const item of list) {
    item.set = Uint32Array.from(new Set(Array.from(item.sketch.hashes).filter((h) => !common.has(h)))).sort();
    // One text in reports of several bodies or years: copied whole.
    const owners = new Set(item.owners.map(ownerId));
    if (owners.size > 1 && item.set.length >= minShared) findings.push(identicalFinding(item));
  }
  // LSH over the distinct texts, per section kind.
  const buckets = new Map<string, number[]>();
  list.forEach((item, i) => {
    if (item.set.length < minShared) return;
    for (const k of bandKeys(minHash(item.set))) {
      const id = `${item.key}:${k}`;
      const b = buckets.get(id);
      if (b) b.push(i);
      else buckets.set(id, [i]);
    }
  });
  const seen = new Set<string>();
  for (const members of buckets.values()) {
    if (members.length < 2 || members.length > maxBucket) continue;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const pair = `${members[x]}:${members[y]}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        const a = list[members[x]!]!;
        const b = list[members[y]!]!;
        if (a.owners.length === 1 && b.owners.length === 1 && ownerId(a.owners[0]!) === ownerId(b.owners[0]!)) continue;
        const shared = intersectCount(a.set, b.set);
        if (shared < minShared) continue;
        const share = [shared / a.set.length, shared / b.set.length];
        if (Math.max(share[0]!, share[1]!) < minShare) continue;
        findings.push(pairFinding(a, b, share, common));
      }
    }
  }
  return findings;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const bodyName = (d: ReportDigest) => d.body ?? d.file;
const yearsOf = (ds: ReportDigest[]) => [...new Set(ds.map((d) => d.year).filter((y): y is number => y !== null))].sort((x, y) => x - y);

function identicalFinding(item: Item): Finding {
  const files = item.owners.map((d) => d.file);
  const names = [...new Set(item.owners.map((d) => `${bodyName(d)}${d.year ?? ''}`))];
  const sameBody = new Set(item.owners.map((d) => d.bodyKey)).size === 1;
  return createFinding('similar-text', {
    severity: 'warning',
    message: `Section ${item.key} is the same text (template wording aside) in ${files.length} reports: ${names.join(', ')}${sameBody ? ' — copied from year to year' : ''}.`,
    messageZh: `${files.length}份报告的“${SECTION_ZH[item.key] ?? item.key}”部分文字完全相同（模板用语除外）：${names.join('、')}${sameBody ? '，逐年照搬' : ''}。`,
    files,
    body: sameBody ? item.owners[0]!.bodyKey : null,
    years: yearsOf(item.owners),
    spans: item.owners.map((d): FindingSpan => ({ file: d.file, section: item.key, span: d.sections.find((x) => x.key === item.key)!.span })),
    share: files.map(() => 1),
    sections: files.map(() => item.key),
  });
}

function pairFinding(a: Item, b: Item, share: number[], common: Set<number>): Finding {
  const runs = passages(a, b, common).slice(0, 3);
  const da = a.owners;
  const db = b.owners;
  const files = [...da.map((d) => d.file), ...db.map((d) => d.file)];
  const sameBody = da[0]!.bodyKey !== null && da[0]!.bodyKey === db[0]!.bodyKey;
  const na = `${bodyName(da[0]!)}${da[0]!.year ?? ''}`;
  const nb = `${bodyName(db[0]!)}${db[0]!.year ?? ''}`;
  const spans: FindingSpan[] = [];
  for (const r of runs) {
    for (const d of da) spans.push(spanIn(d, a.key, r.a[0], r.a[1]));
    for (const d of db) spans.push(spanIn(d, b.key, r.b[0], r.b[1]));
  }
  return createFinding('similar-text', {
    severity: Math.max(share[0]!, share[1]!) >= 0.8 ? 'warning' : 'info',
    message: `Section ${a.key} of ${na} (${da[0]!.file}) and of ${nb} (${db[0]!.file}) share text beyond the template wording: ${pct(share[0]!)} and ${pct(share[1]!)} of each.`,
    messageZh: `${na}（${da[0]!.file}）与${nb}（${db[0]!.file}）的“${SECTION_ZH[a.key] ?? a.key}”部分有大段相同文字（模板用语除外），分别占各自该部分的${pct(share[0]!)}和${pct(share[1]!)}${sameBody ? '，疑似沿用上年文字' : ''}。`,
    files,
    body: sameBody ? da[0]!.bodyKey : null,
    years: yearsOf([...da, ...db]),
    spans,
    share: [...da.map(() => share[0]!), ...db.map(() => share[1]!)],
    sections: files.map(() => a.key),
  });
}
