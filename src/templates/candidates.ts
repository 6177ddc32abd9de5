import { TEMPLATES } from './templates.js';
import type { TableAnchors, TemplateDef, TitleVocabulary } from './types.js';

/**
 * The templates a report may be on, with the vocabulary the stages before template detection use:
 * the union of the candidates' table anchors and label hints, and their distinct title vocabularies.
 */
export interface Candidates {
  readonly templates: readonly TemplateDef[];
  readonly anchors: TableAnchors;
  readonly labelHints: RegExp;
  readonly titles: readonly TitleVocabulary[];
}

const cache = new WeakMap<readonly TemplateDef[], Candidates>();

/** One pattern matching what any of `patterns` matches (the pattern itself when they are all one). */
function union(patterns: RegExp[]): RegExp {
  const distinct = [...new Set(patterns)];
  if (distinct.length === 1) return distinct[0]!;
  return new RegExp(distinct.map((p) => `(?:${p.source})`).join('|'), distinct[0]!.flags);
}

/** Whether a value given as a template has the parts the parser reads first. */
function looksLikeTemplate(t: unknown): t is TemplateDef {
  if (typeof t !== 'object' || t === null) return false;
  const d = t as Partial<TemplateDef>;
  return typeof d.id === 'string' && typeof d.tables === 'object' && d.anchors?.t2 instanceof RegExp;
}

function validate(templates: readonly unknown[]): asserts templates is readonly TemplateDef[] {
  if (!Array.isArray(templates) || templates.length === 0) {
    throw new TypeError('options.templates must be a non-empty array of template definitions (e.g. [...TEMPLATES, myTemplate]).');
  }
  const ids = new Set<string>();
  for (const t of templates as readonly unknown[]) {
    if (!looksLikeTemplate(t)) {
      throw new TypeError('options.templates: every entry must be a TemplateDef (copy TEMPLATE_2021 to make one).');
    }
    if (ids.has(t.id)) throw new TypeError(`options.templates: the id "${t.id}" is used twice; every template needs its own id.`);
    ids.add(t.id);
  }
}

/**
 * The candidates for `templates` (default: the national templates), built once per array. Throws
 * a TypeError when `templates` is not a non-empty array of definitions with distinct ids.
 *
 * @example
 * import { TEMPLATES } from 'ogi-report';
 * candidatesOf(TEMPLATES).titles.length; // 1: both national templates share one title vocabulary
 */
export function candidatesOf(templates: readonly TemplateDef[] = TEMPLATES): Candidates {
  let c = cache.get(templates);
  if (c) return c;
  validate(templates);
  c = {
    templates,
    anchors: {
      t2: union(templates.map((t) => t.anchors.t2)),
      t3: union(templates.map((t) => t.anchors.t3)),
      t4: union(templates.map((t) => t.anchors.t4)),
    },
    labelHints: union(templates.map((t) => t.labelHints)),
    titles: [...new Set(templates.map((t) => t.title))],
  };
  cache.set(templates, c);
  return c;
}
