/**
 * Reading a dropped or chosen file. Text and HTML are decoded here (the library's decodeReport:
 * BOM, <meta charset>, UTF-8 / GB18030 / Big5 / UTF-16 detection). PDF and Word files go to readers that are
 * separate scripts, loaded only when such a file comes (see vite.config.ts).
 */
import manifest from 'virtual:lazy-manifest';
import { decodeReport } from '../../src/io/decode.ts';
import type { AuditApi } from './lazy/audit-entry.ts';
import type { DocxApi } from './lazy/docx-entry.ts';
import { loadScript } from './lazy/load-script.ts';
import { LAZY_GLOBAL } from './lazy/paths.ts';
import type { PdfApi } from './lazy/pdf-entry.ts';
import type { Report } from '../../src/index.ts';
import type { UiKey } from './i18n.ts';

export type FileResult =
  | { kind: 'text'; fileName: string; text: string; encoding: string; confident: boolean; replaced: number; replacedAt: readonly number[] }
  | { kind: 'pdf' | 'docx'; fileName: string; text: string; report: Report; pages?: number }
  | { kind: 'unavailable'; fileName: string; reason: UiKey };

type Lazy = { pdf: PdfApi; docx: DocxApi; audit: AuditApi };

const loading = new Map<keyof Lazy, Promise<unknown>>();

/** A heavy part of the page, loaded once: null when this build has none or it fails to load. */
export async function loadLazy<K extends keyof Lazy>(name: K): Promise<Lazy[K] | null> {
  const registry = () => (globalThis as unknown as Record<string, Partial<Lazy> | undefined>)[LAZY_GLOBAL];
  const ready = registry()?.[name];
  if (ready) return ready;
  const src = manifest[name];
  if (!src) {
    if (name === 'docx' && manifest.docxError) console.warn(`Word reader not built: ${manifest.docxError}`);
    return null;
  }
  if (!loading.has(name)) loading.set(name, loadScript(src));
  try {
    await loading.get(name);
  } catch (e) {
    loading.delete(name);
    console.error(e);
    return null;
  }
  return (registry()?.[name]) ?? null;
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function looksPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** What a file is, by its first bytes, then its name. */
export function fileKind(name: string, bytes: Uint8Array): 'pdf' | 'docx' | 'doc' | 'text' {
  const ext = /\.([a-z0-9]+)$/iu.exec(name)?.[1]?.toLowerCase() ?? '';
  if (looksPdf(bytes) || ext === 'pdf') return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || ext === 'docx') return 'docx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) || ext === 'doc') return 'doc';
  return 'text';
}

/** The readers never reject on bytes: a rejection is a fault of this page (logged), shown as "cannot read". */
function failed(e: unknown): null {
  console.error(e);
  return null;
}

/** Reads a file: its text to show, and for PDF and Word files the report their reader made. */
export async function readDroppedFile(file: File, status: (key: UiKey) => void): Promise<FileResult> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = fileKind(file.name, bytes);
  if (kind === 'doc') return { kind: 'unavailable', fileName: file.name, reason: 'docOld' };
  if (kind === 'pdf') {
    status('loadingPdf');
    const api = await loadLazy('pdf');
    if (!api) return { kind: 'unavailable', fileName: file.name, reason: 'pdfUnavailable' };
    const report = await api.parsePdf(bytes).catch(failed);
    if (!report) return { kind: 'unavailable', fileName: file.name, reason: 'pdfUnavailable' };
    return { kind: 'pdf', fileName: file.name, text: report.pdf.text, report, pages: report.pdf.pages };
  }
  if (kind === 'docx') {
    status('loadingDocx');
    const api = await loadLazy('docx');
    if (!api) return { kind: 'unavailable', fileName: file.name, reason: 'docxUnavailable' };
    const report = await api.parseDocx(bytes).catch(failed);
    if (!report) return { kind: 'unavailable', fileName: file.name, reason: 'docxUnavailable' };
    return { kind: 'docx', fileName: file.name, text: report.docx.html, report };
  }
  const decoded = decodeReport(bytes, { fileName: file.name });
  return { kind: 'text', fileName: file.name, text: decoded.text, encoding: decoded.encoding, confident: decoded.confident, replaced: decoded.replaced, replacedAt: decoded.replacedAt };
}
