import { createMessage, type Message } from '../messages/message.js';
import type { Span } from '../types.js';
import { SECTION_DEFS } from './section-titles.js';
import { findHeadingCandidates, findSubsections, resolveHeadings, type HeadingCandidate, type Section } from './sections.js';

/** A section heading taken, and where its section ends in the normalised text. */
export interface PlacedHeading {
  heading: HeadingCandidate;
  /** The start of the next heading (a duplicate one included), or the end of the text. */
  end: number;
}

/** The report's sections as found: the headings taken, in text order, with their ends. */
export interface Segmented {
  headings: PlacedHeading[];
  /** `section-duplicate`, `section-out-of-order`, `section-missing`. */
  messages: Message[];
}

const NUMERAL = '一二三四五六';

/**
 * The segment stage: finds the six section headings ({@link findHeadingCandidates},
 * {@link resolveHeadings}); a section ends where the next heading starts, a duplicate one included
 * (a report pasted twice). Duplicates, headings out of order and missing sections are reported
 * (missing ones only when the text is not `empty`).
 *
 * @example
 * import { segment } from 'ogi-report';
 * const text = '一、总体情况\n…\n二、主动公开政府信息情况\n…';
 * segment(text, (s, e) => ({ start: s, end: e }), false).headings.map((h) => h.heading.number); // [1, 2]
 */
export function segment(text: string, span: (start: number, end: number) => Span, empty: boolean): Segmented {
  const messages: Message[] = [];
  const { chosen, duplicates, outOfOrder } = resolveHeadings(findHeadingCandidates(text));
  const accepted = [...chosen, ...outOfOrder].sort((a, b) => a.start - b.start);
  const boundaries = [...accepted, ...duplicates].map((h) => h.start).sort((a, b) => a - b);
  const headings = accepted.map((h) => ({ heading: h, end: boundaries.find((b) => b > h.start) ?? text.length }));
  for (const d of duplicates) {
    messages.push(createMessage('section-duplicate', `Section ${NUMERAL[d.number - 1]} appears again ("${d.title}"); the first is used.`, span(d.start, d.end), { actual: d.title }));
  }
  for (const o of outOfOrder) {
    messages.push(createMessage('section-out-of-order', `Section ${NUMERAL[o.number - 1]} ("${o.title}") is out of the template order.`, span(o.start, o.end), { actual: o.title }));
  }
  const present = new Set(accepted.map((h) => h.number));
  if (!empty) {
    for (const def of SECTION_DEFS) {
      if (!present.has(def.number)) messages.push(createMessage('section-missing', `Section ${def.numeral}、${def.title} was not found.`, null, { expected: `${def.numeral}、${def.title}` }));
    }
  }
  return { headings, messages };
}

/**
 * The report's sections, with their spans in the input: each heading's section and, in the prose
 * sections (一, 五, 六), its "（一）…" subsections ({@link findSubsections}), read in `text`.
 *
 * @example
 * import { segment, sectionsOf } from 'ogi-report';
 * const text = '一、总体情况\n(一) 主动公开方面。';
 * const span = (s: number, e: number) => ({ start: s, end: e });
 * sectionsOf(text, segment(text, span, false), span)[0]?.subsections[0]?.title; // '(一) 主动公开方面'
 */
export function sectionsOf(text: string, segmented: Segmented, span: (start: number, end: number) => Span): Section[] {
  return segmented.headings.map(({ heading: h, end }) => {
    const def = SECTION_DEFS[h.number - 1]!;
    const subs = h.number === 1 || h.number >= 5 ? findSubsections(text, h.end, end) : [];
    return {
      number: def.number,
      key: def.key,
      title: h.title,
      titleSpan: span(h.start, h.end),
      span: span(h.start, end),
      subsections: subs.map((s) => ({ ...s, titleSpan: span(s.titleSpan.start, s.titleSpan.end), span: span(s.span.start, s.span.end) })),
    };
  });
}
