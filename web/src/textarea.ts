import type { Span } from '../../src/index.ts';

let measure: CanvasRenderingContext2D | null = null;

/** The width of a line's text up to a column, as the text area draws it (tabs to their stops). */
function prefixWidth(area: HTMLTextAreaElement, prefix: string): number {
  const style = getComputedStyle(area);
  measure ??= document.createElement('canvas').getContext('2d');
  if (!measure) return 0;
  measure.font = `${style.fontSize} ${style.fontFamily}`;
  const tab = Number.parseInt(style.tabSize, 10) || 8;
  const space = measure.measureText(' ').width;
  let x = 0;
  for (const part of prefix.split('\t').map((s, i, all) => ({ s, tab: i < all.length - 1 }))) {
    x += measure.measureText(part.s).width;
    if (part.tab) x = (Math.floor(x / (space * tab)) + 1) * space * tab;
  }
  return x;
}

/**
 * Selects a span of the text area and scrolls it into view (lines do not wrap: both directions).
 *
 * @example
 * selectSpan(textarea, { start: 2251, end: 2252 });
 */
export function selectSpan(area: HTMLTextAreaElement, span: Span): void {
  const start = Math.max(0, Math.min(span.start, area.value.length));
  const end = Math.max(start, Math.min(span.end, area.value.length));
  area.focus({ preventScroll: true });
  area.setSelectionRange(start, end);
  const style = getComputedStyle(area);
  const lineHeight = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.5;
  const before = area.value.slice(0, start);
  const line = before.split('\n').length - 1;
  const lineStart = before.lastIndexOf('\n') + 1;
  area.scrollTop = Math.max(0, line * lineHeight - area.clientHeight / 3);
  const x = prefixWidth(area, area.value.slice(lineStart, start));
  area.scrollLeft = x < area.clientWidth * 0.6 ? 0 : x - area.clientWidth / 3;
  area.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
