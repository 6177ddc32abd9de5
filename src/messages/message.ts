import type { Span } from '../types.js';
import { MESSAGE_CODES, type MessageCode, type Severity } from './codes.js';

/**
 * A reference to one table cell, as used by messages and checks.
 *
 * @example
 * const ref: CellRef = { table: 3, row: 'total', column: 'naturalPerson' };
 */
export interface CellRef {
  table: 2 | 3 | 4;
  row: string;
  column: string;
}

/**
 * One problem or note found while parsing. Messages are collected, never thrown.
 *
 * @example
 * const { messages } = parseReport(text);
 * messages.filter((m) => m.severity === 'error').map((m) => m.code);
 */
export interface Message {
  code: MessageCode;
  severity: Severity;
  /** A sentence in English for people. */
  message: string;
  /** Where in the input, or null when the message is about something absent. */
  span: Span | null;
  /** What was found (text, a number, a list of cells), when that helps. */
  actual?: unknown;
  /** What the template expects, when that helps. */
  expected?: unknown;
  /** The arithmetic rule, for check messages. */
  rule?: string;
  /** The cells involved, for row and check messages. */
  cells?: CellRef[];
}

/**
 * Builds a message with the default severity of its code.
 *
 * @example
 * createMessage('section-missing', 'Section 五 was not found.', null);
 */
export function createMessage(
  code: MessageCode,
  message: string,
  span: Span | null,
  extra: Partial<Omit<Message, 'code' | 'message' | 'span'>> = {},
): Message {
  return { code, severity: MESSAGE_CODES[code].severity, message, span, ...extra };
}
