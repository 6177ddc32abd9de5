import { createMessage, type Message } from '../messages/message.js';
import type { TableRegions } from '../locate/locate-tables.js';
import type { Metadata, ParsedReport } from '../report.js';
import type { Section } from '../segment/sections.js';
import type { TablesRead } from '../tables/read-tables.js';
import type { TemplateDef } from '../templates/types.js';
import type { Span } from '../types.js';

/** Everything the stages found, for {@link assembleReport}. */
export interface ReportParts {
  kind: 'text' | 'html';
  /** The input's length in UTF-16 code units. */
  length: number;
  empty: boolean;
  metadata: Metadata;
  sections: Section[];
  regions: TableRegions;
  read: TablesRead;
  templates: readonly TemplateDef[];
  span: (start: number, end: number) => Span;
  /** The messages of the stages before the checks, in stage order. */
  messages: Message[];
  /** The checks' messages: they come last. */
  checks: Message[];
  /** Where a tool left a placeholder for table 2, 3 or 4 it dropped (`[TABLE]`), asked only for a table not found. */
  dropped?: (table: 2 | 3 | 4) => Span | null;
}

/**
 * The assemble stage: names the report's template — a template id, 'mixed' when tables 2 and 3 were
 * read with different templates, 'unsupported' when none was decided or no table was read — with
 * its messages (`template-detected` with the evidence, `template-mixed`, `template-unsupported`,
 * `table-missing`), and puts the report together.
 *
 * @example
 * import { parseReport } from 'ogi-report';
 * parseReport('').template; // 'unsupported' (assembleReport is the last stage of parseReport)
 */
export function assembleReport(parts: ReportParts): ParsedReport {
  const { read, metadata, span } = parts;
  const { choice, tables } = read;
  const messages = parts.messages;
  const evidence = read.evidence;
  let template: string;
  if (choice === null || (tables.t2 === null && tables.t3 === null && tables.t4 === null)) {
    template = 'unsupported';
    if (!parts.empty) {
      const oldest = Math.min(...parts.templates.map((t) => t.years.from));
      const year = metadata.year?.value;
      const ids = parts.templates.map((t) => t.id).sort().join(' or ');
      // Why, as far as the text tells: binary data, a report older than the templates, or no table at all.
      const binary = messages.some((m) => m.code === 'input-binary');
      const noTable = parts.regions.t2 === null && parts.regions.t3 === null && parts.regions.t4 === null;
      const old = binary
        ? ' The input is not the text of a report.'
        : year !== undefined && year < oldest
          ? ` The report is for ${year}: reports before ${oldest} follow no national template.`
          : noTable
            ? ' The text has no table of the template (it may hold only the title or the prose).'
            : '';
      messages.push(createMessage('template-unsupported', `No table matching the ${ids} template was found.${old}`, null));
    }
  } else if (read.mixedBlocks !== null) {
    template = 'mixed';
    messages.push(read.mixedBlocks);
  } else if (choice.t2 !== choice.t3 && tables.t2 && tables.t3) {
    template = 'mixed';
    messages.push(createMessage('template-mixed', `Table 2 uses the ${choice.t2.id} template and table 3 the ${choice.t3.id} template; each was read with its own.`, null, { actual: evidence }));
  } else {
    template = choice.t4.id;
  }
  if (template !== 'unsupported') {
    messages.push(createMessage('template-detected', `Template ${template}: ${evidence.slice(0, 6).join('; ') || 'labels shared by both templates'}.`, null, { actual: evidence }));
    for (const k of ['t2', 't3', 't4'] as const) {
      const region = parts.regions[k];
      if (tables[k] !== null) continue;
      const n = Number(k.slice(1)) as 2 | 3 | 4;
      const placeholder = parts.dropped?.(n) ?? null;
      if (placeholder !== null) {
        messages.push(createMessage('table-dropped', `Table ${n}: the text has "[TABLE]" where the table stood: the tool that made the text dropped it (pandoc -t plain does, for a table with merged cells). Its numbers are not in the text: absent, not zero. Read the page itself, or convert it with pandoc -t html, gfm or rst.`, placeholder));
      } else messages.push(createMessage('table-missing', `Table ${n} was not found.`, region ? span(region.start, region.end) : null));
    }
  }
  for (const m of parts.checks) messages.push(m);
  const input = { kind: parts.kind, length: parts.length };
  const out = template === 'unsupported' ? { t2: null, t3: null, t4: null } : tables;
  return { template, tables: out, input, metadata: { ...metadata, templateEvidence: evidence }, sections: parts.sections, messages };
}
