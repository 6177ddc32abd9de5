import { createMessage, type Message } from '../messages/message.js';
import { normaliseBodyVariants } from '../normalise/body-variants.js';
import type { SourceRead } from '../read/read-source.js';
import type { Metadata } from '../report.js';
import type { Segmented } from '../segment/segment.js';
import type { TitleVocabulary } from '../templates/types.js';
import type { Span } from '../types.js';
import { readTitle, type TitleInfo } from './title.js';

/** What the report says about itself, and the text with the body's name spelt one way. */
export interface MetadataRead {
  metadata: Metadata;
  /** The report year, when one was read. */
  year: number | null;
  /**
   * The normalised text with look-alike spellings of the body's name respelt as the title spells
   * them (same length, same offsets): the one text every later stage reads.
   */
  text: string;
  /** `body-name-variant`, `body-not-found`, `year-not-found`. */
  messages: Message[];
}

/**
 * The metadata stage: reads the title, the issuing body and the year from the lines before the first
 * section ({@link readTitle}, with each vocabulary in `titles` until one finds a title); a web page's
 * metadata block gives the publisher and date, and the title and body when the text has none. Then
 * look-alike spellings of the body's own name are respelt as the title spells it
 * ({@link normaliseBodyVariants}), each with a message.
 *
 * @example
 * import { readSource, normaliseSource, segment, readMetadata, TEMPLATE_2021 } from 'ogi-report';
 * const read = readSource('青禾县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n');
 * const norm = normaliseSource(read);
 * readMetadata(norm.text, segment(norm.text, norm.span, false), read, norm.span, [TEMPLATE_2021.title]).metadata.body?.value; // '青禾县人民政府'
 */
export function readMetadata(text: string, segmented: Segmented, read: SourceRead, span: (start: number, end: number) => Span, titles: readonly TitleVocabulary[]): MetadataRead {
  const messages: Message[] = [];
  const meta = read.source.meta;
  const firstSection = segmented.headings[0]?.heading.start ?? Math.min(text.length, 4000);
  let title: TitleInfo = { title: null, body: null, year: null };
  for (const vocabulary of titles) {
    title = readTitle(text, Math.max(firstSection, 200), vocabulary);
    if (title.title) break;
  }
  const metadata: Metadata = {
    title: title.title ? { value: title.title.value, span: span(title.title.start, title.title.end) } : null,
    body: title.body ? { value: title.body.value, span: span(title.body.start, title.body.end) } : null,
    year: title.year ? { value: title.year.value, span: span(title.year.start, title.year.end) } : null,
    publisher: meta?.publisher ? { value: meta.publisher.value, span: { start: meta.publisher.start, end: meta.publisher.end } } : null,
    published: meta?.date ? { value: meta.date.value, span: { start: meta.date.start, end: meta.date.end } } : null,
    bodyNameVariants: [],
    templateEvidence: [],
  };
  if (metadata.title === null && meta?.title) metadata.title = { value: meta.title.value, span: { start: meta.title.start, end: meta.title.end } };
  if (metadata.body === null && metadata.publisher !== null) metadata.body = metadata.publisher;
  let respelt = text;
  const body = title.body?.value ?? metadata.body?.value;
  if (body !== undefined) {
    const v = normaliseBodyVariants(text, body);
    respelt = v.text;
    for (const variant of v.variants) {
      const sp = span(variant.start, variant.end);
      const written = read.input.slice(sp.start, sp.end);
      metadata.bodyNameVariants.push({ text: written, normalised: variant.replacement, span: sp });
      messages.push(createMessage('body-name-variant', `"${written}" is a look-alike spelling of the body's name; read as "${variant.replacement}".`, sp, { actual: written, expected: variant.replacement }));
    }
  }
  if (metadata.body === null && !read.empty) messages.push(createMessage('body-not-found', 'No issuing body could be read from a title line.', null));
  if (!title.year && !read.empty) messages.push(createMessage('year-not-found', 'No report year could be read.', null));
  return { metadata, year: title.year?.value ?? null, text: respelt, messages };
}
