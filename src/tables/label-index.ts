import { cacheKey } from '../cache-key.js';
import { foldChars } from '../normalise/fold-chars.js';
import type { TableDef } from '../templates/types.js';
import { labelParts, similarity } from './labels.js';

/** What a label in a table can be. */
export type TargetType = 'row' | 'group' | 'column' | 'header';

/** A label of the template a text can match. */
export interface Target {
  type: TargetType;
  key: string;
  /** The official label. */
  label: string;
  numbering: string | null;
  core: string;
}

/** The result of matching one text to a table's labels. */
export interface LabelMatch {
  target: Target;
  /** 1 for an exact (or listed alias) match, lower for approximate matches. */
  score: number;
  numbering: string | null;
}

/** All labels of one table, indexed by core text. */
export interface LabelIndex {
  targets: Target[];
  byCore: Map<string, Target[]>;
}

const cache = new WeakMap<TableDef, LabelIndex>();

function add(index: LabelIndex, type: TargetType, key: string, label: string, numbering: string | null): void {
  const parts = labelParts(foldChars(label).text);
  const t: Target = { type, key, label, numbering: numbering ?? parts.numbering, core: parts.core };
  index.targets.push(t);
  const list = index.byCore.get(t.core);
  if (list) list.push(t);
  else index.byCore.set(t.core, [t]);
}

/**
 * Builds (once per table definition) the index of every row, group, column and header label and
 * alias of a table.
 *
 * @example
 * labelIndex(TEMPLATE_2021.tables.t3).byCore.get('予以公开')?.[0].key; // 'disclosed'
 */
export function labelIndex(table: TableDef): LabelIndex {
  let index = cache.get(table);
  if (index) return index;
  index = { targets: [], byCore: new Map() };
  for (const r of table.rows) {
    const num = r.numbering ? foldChars(r.numbering).text : null;
    add(index, 'row', r.key, r.label, num);
    for (const a of r.aliases ?? []) add(index, 'row', r.key, a, num);
  }
  for (const g of table.groups) {
    const num = g.numbering ? foldChars(g.numbering).text : null;
    add(index, 'group', g.key, g.label, num);
    for (const a of g.aliases ?? []) add(index, 'group', g.key, a, num);
  }
  for (const c of table.columns) {
    add(index, 'column', c.key, c.label, null);
    for (const a of c.aliases ?? []) add(index, 'column', c.key, a, null);
  }
  for (const h of table.headers) add(index, 'header', h, h, null);
  cache.set(table, index);
  return index;
}

const MIN_SCORE = 0.7;
const MIN_SCORE_NUMBERED = 0.5;

const matchCache = new WeakMap<LabelIndex, Map<string, LabelMatch[]>>();
const MAX_CACHED = 4096;
const MAX_CACHED_LENGTH = 200;

/**
 * Matches a cell's text to the labels of a table: exact core matches first, then approximate ones
 * (longest common subsequence), where an agreeing numbering lowers the bar. Returns every candidate
 * with the best score (several when a core is shared, as "其他"), or an empty list: "not mine".
 *
 * @example
 * matchLabel(labelIndex(TEMPLATE_2021.tables.t3), '2.其他法律行政止公开')[0].target.key; // 'refusedProhibitedByLaw'
 */
export function matchLabel(index: LabelIndex, text: string): LabelMatch[] {
  // The same texts are matched again and again (within a report and across reports): the answers
  // are remembered per index (a bounded cache; callers only read them).
  let cache = matchCache.get(index);
  if (cache === undefined) matchCache.set(index, (cache = new Map<string, LabelMatch[]>()));
  let found = cache.get(text);
  if (found === undefined) {
    if (text.length > MAX_CACHED_LENGTH) return computeMatch(index, text);
    // Kept, the key and the matches cut from it must not hold on to the report the text was cut from.
    const key = cacheKey(text);
    found = computeMatch(index, key);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, found);
  }
  return found;
}

function computeMatch(index: LabelIndex, text: string): LabelMatch[] {
  const { numbering, core } = labelParts(text);
  if (core.length === 0) return [];
  const exact = index.byCore.get(core);
  if (exact) return exact.map((target) => ({ target, score: 1, numbering }));
  if (core.length < 2 || core.length > 80) return [];
  let best: LabelMatch[] = [];
  let bestScore = 0;
  for (const target of index.targets) {
    if (Math.abs(target.core.length - core.length) > Math.max(target.core.length, core.length) * 0.6) continue;
    let s = similarity(core, target.core);
    const agrees = numbering !== null && target.numbering === numbering;
    if (s < (agrees ? MIN_SCORE_NUMBERED : MIN_SCORE)) continue;
    if (agrees) s += 0.05;
    if (s > bestScore + 1e-9) {
      bestScore = s;
      best = [{ target, score: Math.min(s, 0.99), numbering }];
    } else if (Math.abs(s - bestScore) <= 1e-9) best.push({ target, score: Math.min(s, 0.99), numbering });
  }
  return best;
}
