/**
 * Every message code the library emits, with its default severity and what it means.
 * This table is the single source: the `MessageCode` type and the README's code list derive from it.
 *
 * @example
 * import { MESSAGE_CODES } from 'ogi-report';
 * MESSAGE_CODES['check-failed'].severity; // 'error'
 */
export const MESSAGE_CODES = {
  'input-empty': { severity: 'warning', summary: 'The input is empty or only white space.' },
  'input-binary': { severity: 'warning', summary: 'The input looks like binary data, not text: it has many control or replacement characters.' },
  'input-too-large': { severity: 'error', summary: 'The input is larger than the `maxLength` option; only the first `maxLength` characters were parsed.' },
  'pdf-invalid': { severity: 'error', summary: 'The bytes are not a readable PDF (empty, truncated, not a PDF, or it timed out while opening).' },
  'pdf-encrypted': { severity: 'error', summary: 'The PDF is encrypted with a password.' },
  'pdf-no-text': { severity: 'error', summary: 'The PDF has no text layer (a scan): it would need OCR.' },
  'pdf-too-large': { severity: 'error', summary: 'The PDF is over the byte or page limit; only the pages within it were read.' },
  'pdf-page-failed': { severity: 'warning', summary: 'A page of the PDF could not be read.' },
  'docx-invalid': { severity: 'error', summary: 'The bytes are not a readable .docx (empty, not a zip, no word/document.xml, encrypted, a .doc, or damaged).' },
  'docx-too-large': { severity: 'error', summary: 'The .docx is over the `maxUncompressedBytes` limit or looks like a zip bomb (a part over 1 MB compressed more than 100:1); it was not inflated.' },
  'docx-conversion-note': { severity: 'info', summary: 'The Word converter (mammoth) noted something it could not convert exactly, such as an unrecognised style.' },
  'decoding-replaced': { severity: 'warning', summary: 'Decoding the bytes left replacement characters (U+FFFD) where bytes could not be read (invalid UTF-8, a wrong encoding, a damaged file): how many, and where.' },
  'text-normalised': {
    severity: 'info',
    summary: "The text was normalised before matching; counts by kind: characters (full-width, Kangxi radicals, special spaces, other NFKC, traditional → simplified, Big5-decoded), label phrases in Taiwan usage (规范性档案 → 规范性文件), pinyin annotations removed (規(guī)章), variant spellings of the body's name.",
  },
  'body-not-found': { severity: 'warning', summary: 'No issuing body could be read from the title.' },
  'year-not-found': { severity: 'warning', summary: 'No report year could be read from the title or the text.' },
  'body-name-variant': { severity: 'info', summary: "The body's own name appears in a look-alike spelling; it was normalised to the title's spelling." },
  'section-missing': { severity: 'warning', summary: 'One of the six sections was not found.' },
  'section-duplicate': { severity: 'warning', summary: 'A section heading appears more than once; the first is used.' },
  'section-out-of-order': { severity: 'warning', summary: 'A section heading appears out of the template order.' },
  'template-detected': { severity: 'info', summary: 'The template was detected from the table labels; the message lists the evidence.' },
  'template-unsupported': { severity: 'error', summary: 'No table matches either national template (2019 or 2021): the report is not parsed into tables.' },
  'template-guessed': { severity: 'warning', summary: "Table 2 has only labels both templates share: the report year chose the template, and with it what the table's columns mean; the message names the cells read." },
  'template-mixed': { severity: 'warning', summary: 'The tables use labels of different templates; each table was parsed with its own.' },
  'table-missing': { severity: 'warning', summary: 'A table of the template was not found.' },
  'table-dropped': { severity: 'warning', summary: 'The text has a placeholder ("[TABLE]") where a table stood: the tool that made the text dropped the table, so its numbers are absent (not zero).' },
  'row-missing': { severity: 'warning', summary: 'A row of the template was not found in its table.' },
  'row-unmatched': { severity: 'warning', summary: 'A table row with values matches no row of the template; it is kept in `extraRows`.' },
  'row-extra': { severity: 'info', summary: 'A known provincial add-on row (not in the national template) was found; it is kept in `extraRows`.' },
  'row-label-inferred': { severity: 'warning', summary: "A row's label was missing; its place in the template order tells which row it is." },
  'row-duplicate': { severity: 'warning', summary: 'A template row appears twice; the first occurrence is used and the second is kept in `extraRows`.' },
  'row-substitute': { severity: 'info', summary: "A group printed as one row (as （六）其他处理 in the 2019 template) stands for its leaf rows in the checks." },
  'row-repaired': { severity: 'warning', summary: 'A row with one cell too many was repaired; the arithmetic confirms the repair is unique.' },
  'row-cell-count': { severity: 'warning', summary: 'A row has more or fewer cells than the template expects and could not be repaired with certainty.' },
  'cell-position-inferred': { severity: 'warning', summary: "A row printed fewer cells than columns; the cells' positions were inferred from the arithmetic." },
  'cells-recovered': { severity: 'info', summary: "A table's cells ran together; the only split of its digit runs that satisfies every rule of the template was used." },
  'cells-least-broken': { severity: 'warning', summary: 'Cells ran together and no split satisfies every rule (the report breaks its own arithmetic): the split that breaks the fewest rule instances was used, and the broken rules are reported as `check-failed`.' },
  'values-before-label': { severity: 'warning', summary: "Numbers stand before a table's first row label, where no row takes them: the text may give each row's numbers before its label (a PDF's text out of order), so every row may hold the next row's numbers; every cell of the table is named." },
  'rows-in-doubt': { severity: 'warning', summary: "Which numbers are whose is not certain for some rows: a row of numbers with no label of its own stands among them, or a row's label holds another row's number; the rows are named." },
  'reading-order': { severity: 'warning', summary: "A table's numbers came in reading order (a PDF's text without layout), not beside their labels: the grid was rebuilt from the template and the arithmetic; the message says which reading was used and names the cells it placed." },
  'cells-ambiguous': { severity: 'warning', summary: 'Cells ran together and several splits satisfy the arithmetic: the cells that differ are left unknown (status `ambiguous`).' },
  'cells-unsolvable': { severity: 'warning', summary: 'Cells ran together and no split satisfies the arithmetic (or the search budget ran out): the cells are left unknown.' },
  'cell-invalid': { severity: 'warning', summary: 'A cell does not hold a value of the expected kind (a count, a signed change, an amount).' },
  'label-approximate': { severity: 'info', summary: 'A label was matched approximately (shortened, reworded or damaged).' },
  'header-repeated': { severity: 'info', summary: 'A header row repeated or injected inside a table was skipped.' },
  'text-unmatched': { severity: 'info', summary: 'Text inside a table matches no label of the template.' },
  'check-failed': { severity: 'error', summary: 'An exact arithmetic rule of the template (勾稽关系) does not hold.' },
  'check-not-assessable': { severity: 'info', summary: 'An arithmetic rule could not be assessed because cells are blank or missing (see the `blankAsZero` option).' },
} as const;

/** A message code: a key of {@link MESSAGE_CODES}. */
export type MessageCode = keyof typeof MESSAGE_CODES;

/** How serious a message is. */
export type Severity = 'error' | 'warning' | 'info';
