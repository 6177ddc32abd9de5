import { z } from 'zod';
import { reportVariantSchemas } from '../io/report-schema.js';

const origin = {
  file: z.string().optional().describe('The file, as given or found under a folder ("-": stdin).'),
  encoding: z.string().nullable().optional().describe('How a text or HTML file was decoded; null for .docx and PDF.'),
  id: z.unknown().optional().describe('The id of the input line, with --jsonl-in.'),
};

const failed = z
  .object({
    file: z.string().optional(),
    id: z.unknown().optional(),
    error: z.string().describe('Why the input could not be read or parsed.'),
  })
  .meta({ id: 'Failed' });

/**
 * The zod schema of one line of `ogi-report parse`: a report with where it came from, or an error.
 * Each form of the report is extended with the origin's fields, so that its JSON Schema is one
 * closed object per form (an `allOf` of two closed objects would reject every line).
 *
 * @example
 * const line = JSON.stringify({ file: 'a.txt', encoding: 'utf-8', ...report });
 * parseLineSchema.parse(JSON.parse(line)).template; // → '2021'
 */
export const parseLineSchema = z.union([...reportVariantSchemas.map((v) => v.extend(origin)), failed]).meta({
  title: 'ogi-report parse line',
  description: 'One line of `ogi-report parse`: {file, encoding, ...report} (or {id, ...report} with --jsonl-in), or {file|id, error}.',
});

/**
 * The JSON Schema (draft 2020-12) of a line of `ogi-report parse`.
 *
 * @example
 * JSON.stringify(parseLineJsonSchema()).includes('"template"'); // → true
 */
export function parseLineJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(parseLineSchema, { unrepresentable: 'any' });
}
