/** The downloads: the report as JSON, and its cells as the tidy CSV of `ogi-report cells`. */
import { parseReport, toCells, type Report } from '../../src/index.ts';
import { cellsHeader, formatCells } from '../../src/cli/format-cells.ts';
import type { Library } from '../../src/cli/library.ts';
import { ui, type Lang } from './i18n.ts';
import type { SourceInfo } from './report-view.ts';

const LIBRARY: Library = { parseReport, toCells };

/** A file name from the dropped file's, or from the report's body and year. */
export function baseName(report: Report, source: SourceInfo, lang: Lang): string {
  if (source.fileName) return source.fileName.replace(/\.[^.]+$/u, '');
  const named = `${report.metadata.body?.value ?? ''}${report.metadata.year?.value ?? ''}`;
  return (named || ui(lang, 'downloadName')).replace(/[\\/:*?"<>|]/gu, '_');
}

function save(name: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The whole report, as `parseReport` (or `parsePdf`, `parseDocx`) returned it. */
export function reportJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}

/**
 * The cells as `ogi-report cells` writes them (`file,template,body,year,table,…,spanEnd`), with a
 * UTF-8 byte order mark so that Excel opens the Chinese text correctly.
 */
export function cellsCsv(report: Report, fileName: string): string {
  return '\ufeff' + cellsHeader('file') + formatCells('file', fileName, report, LIBRARY, 'csv');
}

export function downloadJson(report: Report, source: SourceInfo, lang: Lang) {
  save(`${baseName(report, source, lang)}.json`, reportJson(report), 'application/json');
}

export function downloadCsv(report: Report, source: SourceInfo, lang: Lang) {
  save(`${baseName(report, source, lang)}.cells.csv`, cellsCsv(report, source.fileName ?? ''), 'text/csv;charset=utf-8');
}
