import { z } from 'zod';
import { MESSAGE_CODES, type MessageCode } from '../messages/codes.js';
import type { Report } from '../report.js';
import { SECTION_DEFS } from '../segment/section-titles.js';
import { TEMPLATE_2019, TEMPLATE_2021 } from '../templates/templates.js';
import type { TableDef } from '../templates/types.js';

const offset = z.number().int().nonnegative();

/**
 * A half-open range `[start, end)` of UTF-16 offsets into the parsed input.
 *
 * @example
 * spanSchema.parse({ start: 0, end: 6 });
 */
export const spanSchema = z.object({ start: offset, end: offset }).meta({ id: 'Span', description: 'A half-open range [start, end) of UTF-16 offsets into the parsed input.' });

const boxSchema = z
  .object({ page: z.number().int().positive(), x: z.number(), y: z.number(), width: z.number(), height: z.number() })
  .meta({ id: 'PdfBox', description: "A rectangle on a PDF page, in points, from the page's top left." });

/**
 * One table cell: value, text as read, where, and how it was read.
 *
 * @example
 * cellSchema.parse({ value: 130, raw: '130', span: { start: 2031, end: 2034 }, status: 'number' });
 */
export const cellSchema = z
  .object({
    value: z.number().nullable().describe('The number; null when the cell is blank, a dash, not a number, or absent.'),
    raw: z.string().nullable().describe("The cell's text as read ('' for an empty cell); null when absent."),
    span: spanSchema.nullable(),
    status: z.enum(['number', 'blank', 'dash', 'invalid', 'absent', 'ambiguous']),
    box: boxSchema.optional().describe('For reports read from a PDF: the page and box the cell was read from.'),
  })
  .meta({ id: 'CellValue' });

const extraRowSchema = z
  .object({
    key: z.string().nullable(),
    label: z.string(),
    labelSpan: spanSchema.nullable(),
    reason: z.enum(['extra', 'unmatched', 'duplicate']),
    values: z.array(cellSchema),
  })
  .meta({ id: 'ExtraRow' });

function rowSchema(columns: readonly string[]) {
  return z.object({
    label: z.string().describe("The label as read (normalised); '' when the label was lost."),
    labelSpan: spanSchema.nullable(),
    cells: z.object(Object.fromEntries(columns.map((c) => [c, cellSchema]))),
  });
}

function tableSchema(def: TableDef, templates: readonly [string, ...string[]], id: string) {
  const rows = def.rows.map((r) => [r.key, rowSchema(r.columns ?? def.columns.map((c) => c.key)).nullable()] as const);
  return z
    .object({
      template: z.enum(templates),
      span: spanSchema.nullable(),
      rows: z.object(Object.fromEntries(rows)).describe('Every row of the template, null when the row was not found.'),
      extraRows: z.array(extraRowSchema),
    })
    .meta({ id });
}

const t2v2021 = tableSchema(TEMPLATE_2021.tables.t2, ['2021'], 'Table2v2021');
const t2v2019 = tableSchema(TEMPLATE_2019.tables.t2, ['2019'], 'Table2v2019');
const t3v2021 = tableSchema(TEMPLATE_2021.tables.t3, ['2021'], 'Table3v2021');
const t3v2019 = tableSchema(TEMPLATE_2019.tables.t3, ['2019'], 'Table3v2019');
const t4 = tableSchema(TEMPLATE_2021.tables.t4, ['2019', '2021'], 'Table4');

const located = <T extends z.ZodType>(value: T) => z.object({ value, span: spanSchema });

const metadataSchema = z
  .object({
    title: located(z.string()).nullable(),
    body: located(z.string()).nullable(),
    year: located(z.number().int()).nullable(),
    publisher: located(z.string()).nullable().describe("The publisher named by a web page's metadata block (发布机构)."),
    published: located(z.string()).nullable().describe("The publication date named by a web page's metadata block, as written."),
    bodyNameVariants: z.array(z.object({ text: z.string(), normalised: z.string(), span: spanSchema })),
    templateEvidence: z.array(z.string()),
  })
  .meta({ id: 'Metadata' });

const sectionSchema = z
  .object({
    number: z.union([1, 2, 3, 4, 5, 6].map((n) => z.literal(n)) as [z.ZodLiteral<number>, ...z.ZodLiteral<number>[]]),
    key: z.enum(SECTION_DEFS.map((d) => d.key) as [string, ...string[]]),
    title: z.string(),
    titleSpan: spanSchema,
    span: spanSchema,
    subsections: z.array(z.object({ number: z.number().int().positive(), title: z.string(), titleSpan: spanSchema, span: spanSchema })),
  })
  .meta({ id: 'Section' });

const messageSchema = z
  .object({
    code: z.enum(Object.keys(MESSAGE_CODES) as [MessageCode, ...MessageCode[]]),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string(),
    span: spanSchema.nullable(),
    actual: z.unknown().optional(),
    expected: z.unknown().optional(),
    rule: z.string().optional(),
    cells: z.array(z.object({ table: z.union([z.literal(2), z.literal(3), z.literal(4)]), row: z.string(), column: z.string() })).optional(),
  })
  .meta({ id: 'Message' });

const base = {
  input: z.object({ kind: z.enum(['text', 'html']), length: z.number().int().nonnegative() }),
  metadata: metadataSchema,
  sections: z.array(sectionSchema),
  messages: z.array(messageSchema),
  pdf: z.object({ text: z.string(), pages: z.number().int().nonnegative() }).optional().describe('For reports read from a PDF: the text spans point into, and the page count.'),
  docx: z.object({ html: z.string() }).optional().describe('For reports read from a .docx: the HTML (from mammoth) spans point into.'),
};

const reportVariants = [
  z.object({ template: z.literal('2021'), tables: z.object({ t2: t2v2021.nullable(), t3: t3v2021.nullable(), t4: t4.nullable() }), ...base }),
  z.object({ template: z.literal('2019'), tables: z.object({ t2: t2v2019.nullable(), t3: t3v2019.nullable(), t4: t4.nullable() }), ...base }),
  z.object({
    template: z.literal('mixed'),
    tables: z.object({ t2: z.union([t2v2021, t2v2019]).nullable(), t3: z.union([t3v2021, t3v2019]).nullable(), t4: t4.nullable() }),
    ...base,
  }),
  z.object({ template: z.literal('unsupported'), tables: z.object({ t2: z.null(), t3: z.null(), t4: z.null() }), ...base }),
] as const;

/**
 * The report's four forms (one per `template` value) as closed zod objects, each of which can be
 * extended with more fields: a JSON Schema of `{ ...fields, ...report }` must be one object with
 * all the properties, not an intersection of two closed objects (which nothing satisfies).
 *
 * @example
 * import { z } from 'zod';
 * const line = z.union(reportVariantSchemas.map((v) => v.extend({ file: z.string() })));
 */
export const reportVariantSchemas: readonly z.ZodObject[] = reportVariants;

/**
 * The zod schema of a parsed report (the `Report` type of `parseReport`), built from the template
 * definitions: every table's rows and columns are spelled out. A discriminated union on `template`.
 * Typed as `ZodType<Report>` (the schema is built from data, so zod cannot infer the row keys);
 * the tests check that every corpus report passes unchanged.
 *
 * @example
 * import { z } from 'zod';
 * reportSchema.parse(parseReport(text)); // passes
 * z.toJSONSchema(reportSchema); // a JSON Schema (draft 2020-12)
 */
export const reportSchema = z
  .discriminatedUnion('template', [...reportVariants])
  .meta({ id: 'Report', description: 'A government information-disclosure annual report parsed by ogi-report.' }) as unknown as z.ZodType<Report>;
