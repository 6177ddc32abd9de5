import { runChecks, type CheckOptions } from './checks/run-checks.js';
import { decodingMessages, type DecodingFacts } from './io/decoding-messages.js';
import { MESSAGE_CODES } from './messages/codes.js';
import { createMessage, type Message } from './messages/message.js';
import { normaliseBodyVariants } from './normalise/body-variants.js';
import { normalise } from './normalise/normalise.js';
import { normalisedCounts, normalisedMessage } from './normalise/normalised-message.js';
import { composeMaps, mapOffset, type OffsetMap } from './normalise/offset-map.js';
import { readTitle } from './metadata/title.js';
import { readInput, type ReadOptions } from './read/read-input.js';
import type { Located, Metadata, Report } from './report.js';
import { findHeadingCandidates, findSubsections, resolveHeadings, type HeadingCandidate, type Section } from './segment/sections.js';
import { SECTION_DEFS } from './segment/section-titles.js';
import { splitCells, type Cell } from './tables/cells.js';
import { detectTable2, detectTable3 } from './tables/detect-template.js';
import { isRunTogether } from './tables/run-together/detect.js';
import { tokenizeRunTogether } from './tables/run-together/tokenize.js';
import type { TableDef } from './templates/types.js';
import { readTable, type TableContext } from './tables/read-table.js';
import { TEMPLATE_2019, TEMPLATE_2021 } from './templates/templates.js';
import type { Span } from './types.js';

/** Options of {@link parseReport}. */
export interface ParseOptions extends CheckOptions, ReadOptions {
  /** Inputs longer than this many UTF-16 code units are cut, with an `input-too-large` error. Default 50,000,000. */
  maxLength?: number;
  /** Convert traditional characters to simplified (default true). */
  traditional?: boolean;
  /**
   * How the input was decoded from bytes (the result of `decodeReport` or `readReportFile`): replacement
   * characters are reported (`decoding-replaced`) and Big5 decoding is counted in `text-normalised`.
   */
  decoded?: DecodingFacts;
}

/** The default input size limit: 50 million UTF-16 code units. */
export const DEFAULT_MAX_LENGTH = 50_000_000;

const NUMERAL = '一二三四五六';

/** Characters decoded from Big5 bytes (every character above ASCII). */
function big5Characters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && (c < 0xdc00 || c > 0xdfff)) n++;
  }
  return n;
}

/**
 * Maps offsets of the normalised text to a span of the input: an end inside a surrogate pair takes
 * the pair whole, and in HTML an end inside a character reference (`&amp;`) takes it whole.
 */
function spanMapper(map: OffsetMap, input: string, html: boolean): (start: number, end: number) => Span {
  if (map === null) {
    // The normalised text is the input, offset for offset.
    return (start, end) => {
      if (end <= start) return { start, end: start };
      const code = input.charCodeAt(end - 1);
      return { start, end: code >= 0xd800 && code <= 0xdbff && end < input.length ? end + 1 : end };
    };
  }
  return (start, end) => {
    const s = mapOffset(map, start);
    if (end <= start) return { start: s, end: s };
    let e = mapOffset(map, end - 1) + 1;
    const code = input.charCodeAt(e - 1);
    if (code >= 0xd800 && code <= 0xdbff && e < input.length) e++;
    else if (html && code === 38 /* & */) {
      const semi = input.indexOf(';', e);
      if (semi > 0 && semi - e < 10) e = semi + 1;
    }
    return { start: s, end: Math.max(s, e) };
  };
}

// A control character (other than tab, LF, CR) or U+FFFD, the mark of a failed decoding.
const BINARY_CHAR = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]/u;

function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 4096);
  if (n === 0) return false;
  // Most texts have none: one native search, then the count only when there is one.
  if (!BINARY_CHAR.test(n < text.length ? text.slice(0, n) : text)) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad / n > 0.1;
}

const ANCHORS: Record<2 | 3 | 4, RegExp> = {
  2: /第二十条第\(一\)项|信息内容/u,
  3: /本列数据的勾稽关系|申请人情况|本年新收政府信息公开申请数量/u,
  4: /结果维持/u,
};

/**
 * Parses a government information-disclosure annual report (政府信息公开工作年度报告) into typed,
 * checked data. A pure function of its input: read → normalise → segment → tables → checks. It never
 * throws on a string: problems are reported in `messages`. Every span points into `input`.
 *
 * @example
 * import { parseReport } from 'ogi-report';
 * const report = parseReport(text);
 * report.template; // '2021'
 * report.metadata.body?.value; // '漯河回族自治县人民政府'
 * report.tables.t3?.rows.total?.cells.total.value; // 11
 * report.messages.filter((m) => m.severity === 'error');
 */
export function parseReport(input: string, options: ParseOptions = {}): Report {
  if (typeof input !== 'string') {
    throw new TypeError(`parseReport(input) expects a string, got ${input === null ? 'null' : typeof input}. Decode bytes first (see readReportFile) or use parseDocx/parsePdf.`);
  }
  const messages: Message[] = [];
  const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
  let text = input;
  if (input.length > max) {
    text = input.slice(0, max);
    messages.push(createMessage('input-too-large', `The input has ${input.length} characters; only the first ${max} were parsed (option maxLength).`, { start: max, end: input.length }, { actual: input.length, expected: max }));
  }

  // read
  const source = readInput(text, options);
  const empty = source.text.trim().length === 0;
  if (empty) messages.push(createMessage('input-empty', 'The input is empty.', null));
  else if (looksBinary(source.text)) messages.push(createMessage('input-binary', 'The input looks like binary data, not the text of a report.', null));
  if (options.decoded !== undefined) messages.push(...decodingMessages(options.decoded, input));

  // normalise
  const norm = normalise(source.text, { traditional: options.traditional ?? true });
  const map = composeMaps(norm.map, source.map);
  const span = spanMapper(map, input, source.kind === 'html');
  // The text-normalised message; it is written again below when the body's name has variants.
  const big5 = options.decoded?.encoding === 'big5' ? big5Characters(input) : 0;
  const normalisedAt = messages.length;
  const normalised = normalisedMessage(normalisedCounts(norm.counts, 0, big5));
  if (normalised) messages.push(normalised);

  // segment
  const { chosen, duplicates, outOfOrder } = resolveHeadings(findHeadingCandidates(norm.text));
  const accepted = [...chosen, ...outOfOrder].sort((a, b) => a.start - b.start);
  // A section ends where the next heading starts, a duplicate one included (a report pasted twice).
  const boundaries = [...accepted, ...duplicates].map((h) => h.start).sort((a, b) => a - b);
  const internal = accepted.map((h) => ({ h, end: boundaries.find((b) => b > h.start) ?? norm.text.length }));
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

  // metadata
  const firstSection = accepted[0]?.start ?? Math.min(norm.text.length, 4000);
  const title = readTitle(norm.text, Math.max(firstSection, 200));
  let working = norm.text;
  const metadata: Metadata = {
    title: title.title ? { value: title.title.value, span: span(title.title.start, title.title.end) } : null,
    body: title.body ? { value: title.body.value, span: span(title.body.start, title.body.end) } : null,
    year: title.year ? { value: title.year.value, span: span(title.year.start, title.year.end) } : null,
    publisher: source.meta?.publisher ? { value: source.meta.publisher.value, span: { start: source.meta.publisher.start, end: source.meta.publisher.end } } : null,
    published: source.meta?.date ? { value: source.meta.date.value, span: { start: source.meta.date.start, end: source.meta.date.end } } : null,
    bodyNameVariants: [],
    templateEvidence: [],
  };
  if (metadata.title === null && source.meta?.title) metadata.title = { value: source.meta.title.value, span: { start: source.meta.title.start, end: source.meta.title.end } };
  if (metadata.body === null && metadata.publisher !== null) metadata.body = metadata.publisher;
  if (title.body || metadata.body) {
    const v = normaliseBodyVariants(working, title.body?.value ?? metadata.body!.value);
    working = v.text;
    for (const variant of v.variants) {
      const sp = span(variant.start, variant.end);
      const written = input.slice(sp.start, sp.end);
      metadata.bodyNameVariants.push({ text: written, normalised: variant.replacement, span: sp });
      messages.push(createMessage('body-name-variant', `"${written}" is a look-alike spelling of the body's name; read as "${variant.replacement}".`, sp, { actual: written, expected: variant.replacement }));
    }
  }
  if (metadata.bodyNameVariants.length > 0) {
    const withVariants = normalisedMessage(normalisedCounts(norm.counts, metadata.bodyNameVariants.length, big5))!;
    if (normalised) messages[normalisedAt] = withVariants;
    else messages.splice(normalisedAt, 0, withVariants);
  }
  if (metadata.body === null && !empty) messages.push(createMessage('body-not-found', 'No issuing body could be read from a title line.', null));
  if (!title.year && !empty) messages.push(createMessage('year-not-found', 'No report year could be read.', null));

  const sections: Section[] = internal.map(({ h, end }) => {
    const def = SECTION_DEFS[h.number - 1]!;
    const subs = h.number === 1 || h.number >= 5 ? findSubsections(working, h.end, end) : [];
    return {
      number: def.number,
      key: def.key,
      title: h.title,
      titleSpan: span(h.start, h.end),
      span: span(h.start, end),
      subsections: subs.map((s) => ({ ...s, titleSpan: span(s.titleSpan.start, s.titleSpan.end), span: span(s.span.start, s.span.end) })),
    };
  });

  // tables
  const region = (n: 2 | 3 | 4): { start: number; end: number } | null => {
    const own = internal.find((x) => x.h.number === n);
    if (own) return { start: own.h.end, end: own.end };
    const m = ANCHORS[n].exec(working);
    if (!m) return null;
    const start = working.lastIndexOf('\n', m.index) + 1;
    let end = internal.find((x) => x.h.start > m.index)?.h.start ?? working.length;
    for (const k of [2, 3, 4] as const) {
      if (k <= n) continue;
      const other = ANCHORS[k].exec(working.slice(start, end));
      if (other && other.index > 0) end = Math.min(end, start + other.index);
    }
    return { start, end };
  };
  const regions = { 2: region(2), 3: region(3), 4: region(4) };
  // Text whose cell boundaries were lost is re-read as labels and digit runs (one decision per report).
  const runTogether = ([2, 3, 4] as const).some((n) => regions[n] !== null && isRunTogether(working, regions[n].start, regions[n].end));
  const cellsOf = (n: 2 | 3 | 4, def: TableDef): Cell[] => {
    const r = regions[n];
    if (!r) return [];
    return runTogether ? tokenizeRunTogether(def, working, r.start, r.end) : splitCells(working, r.start, r.end);
  };
  const cells: Record<2 | 3 | 4, Cell[]> = {
    2: cellsOf(2, TEMPLATE_2021.tables.t2),
    3: cellsOf(3, TEMPLATE_2021.tables.t3),
    4: cellsOf(4, TEMPLATE_2021.tables.t4),
  };

  const e2 = detectTable2(cells[2]);
  const e3 = detectTable3(cells[3]);
  // Run-together text is re-read with the detected template's labels (2019's table 2 differs).
  if (e2.template === '2019' && cells[2].some((c) => c.kind === 'run')) cells[2] = tokenizeRunTogether(TEMPLATE_2019.tables.t2, working, regions[2]!.start, regions[2]!.end);
  metadata.templateEvidence = [...e2.evidence, ...e3.evidence];
  let base = e2.template ?? e3.template;
  // Labels both templates share decide nothing; the year breaks the tie only for a report that has
  // a real table (several shared labels) and is not older than the templates.
  if (base === null && e2.shared + e3.shared >= 3 && !(title.year && title.year.value < 2019)) {
    base = title.year && title.year.value <= 2020 ? '2019' : '2021';
    metadata.templateEvidence.push(`no template-specific label; the report year ${title.year?.value ?? '(unknown)'} decided`);
  }
  const ctx: TableContext = { span, messages };
  const t2Template = e2.template ?? base;
  const t3Template = e3.template ?? (e2.template === '2019' ? '2019' : base);
  const t2Def = t2Template === '2019' ? TEMPLATE_2019.tables.t2 : TEMPLATE_2021.tables.t2;
  const t3Def = t3Template === '2019' ? TEMPLATE_2019.tables.t3 : TEMPLATE_2021.tables.t3;
  const rules = t3Template === '2019' ? TEMPLATE_2019.rules : TEMPLATE_2021.rules;
  const tables =
    base === null
      ? { t2: null, t3: null, t4: null }
      : {
          t2: regions[2] ? readTable(t2Def, t2Template ?? '2021', rules, cells[2], ctx, regions[2]) : null,
          t3: regions[3] ? readTable(t3Def, t3Template ?? '2021', rules, cells[3], ctx, regions[3]) : null,
          t4: regions[4] ? readTable(TEMPLATE_2021.tables.t4, base, rules, cells[4], ctx, regions[4]) : null,
        };

  let template: Report['template'];
  if (base === null || (tables.t2 === null && tables.t3 === null && tables.t4 === null)) {
    template = 'unsupported';
    if (!empty) {
      const old = title.year && title.year.value < 2019 ? ` The report is for ${title.year.value}: reports before 2019 follow no national template.` : ' Reports before 2019 follow no national template.';
      messages.push(createMessage('template-unsupported', `No table matching the 2019 or 2021 template was found.${old}`, null));
    }
  } else if (t2Template !== null && t3Template !== null && t2Template !== t3Template && tables.t2 && tables.t3) {
    template = 'mixed';
    messages.push(createMessage('template-mixed', `Table 2 uses the ${t2Template} template and table 3 the ${t3Template} template; each was read with its own.`, null, { actual: metadata.templateEvidence }));
  } else {
    template = base;
  }
  if (template !== 'unsupported') {
    messages.push(createMessage('template-detected', `Template ${template}: ${metadata.templateEvidence.slice(0, 6).join('; ') || 'labels shared by both templates'}.`, null, { actual: metadata.templateEvidence }));
    for (const n of [2, 3, 4] as const) {
      if ((n === 2 ? tables.t2 : n === 3 ? tables.t3 : tables.t4) === null) messages.push(createMessage('table-missing', `Table ${n} was not found.`, regions[n] ? span(regions[n].start, regions[n].end) : null));
    }
    messages.push(
      ...runChecks(rules, { 2: { def: t2Def, record: tables.t2 }, 3: { def: t3Def, record: tables.t3 }, 4: { def: TEMPLATE_2021.tables.t4, record: tables.t4 } }, options),
    );
  }
  if (template === 'unsupported') {
    return { template, tables: { t2: null, t3: null, t4: null }, input: { kind: source.kind, length: input.length }, metadata, sections, messages } as Report;
  }
  return { template, tables, input: { kind: source.kind, length: input.length }, metadata, sections, messages } as Report;
}

void MESSAGE_CODES;
export type { HeadingCandidate, Located };
