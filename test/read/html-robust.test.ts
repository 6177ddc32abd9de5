import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/read/html/index.js';

/** Generous bound: these inputs are ~0.5–1.6 MB; linear work takes well under a second. */
const BOUND_MS = 8000;

function timed(html: string): { text: string; ms: number } {
  const t = performance.now();
  const { text, map } = htmlToText(html);
  const ms = performance.now() - t;
  expect(map.length).toBe(text.length + 1);
  return { text, ms };
}

describe('htmlToText on malformed and pathological HTML', () => {
  it.each([
    ['100,000 nested <div>s, unclosed', () => '<div>'.repeat(100_000) + 'x', 'x'],
    ['100,000 nested <div>s, closed', () => '<div>'.repeat(100_000) + 'x' + '</div>'.repeat(100_000), 'x'],
    ['100,000 <tr>s in an unclosed <table>', () => '<table>' + '<tr><td>1<td>2'.repeat(100_000), '1\t2\n'.repeat(99_999) + '1\t2'],
    ['100,000 nested tables', () => '<table><tr><td>x'.repeat(100_000), 'x\n'.repeat(99_999) + 'x'],
    ['50,000 spans and 50,000 stray end tags', () => '<span>'.repeat(50_000) + 'x' + '</b>'.repeat(50_000), 'x'],
    ['end tags that would cross a cell', () => '<div><table><tr><td>' + '<span>'.repeat(50_000) + 'x' + '</div>'.repeat(50_000), 'x'],
    ['50,000 nested chrome elements (kept: they hold all the text)', () => '<div class="nav">'.repeat(50_000) + 'x', 'x'],
    ['huge colspan and rowspan', () => '<table>' + '<tr><td colspan="99999" rowspan="99999">x<td>y'.repeat(2000) + '</table>', null],
  ])('%s finishes in bounded time', (_name, make, expected) => {
    const { text, ms } = timed(make());
    expect(ms).toBeLessThan(BOUND_MS);
    if (expected !== null) expect(text).toBe(expected);
  });

  it.each([
    ['unclosed table', '<p>a</p><table><tr><td>1<td>2', 'a\n1\t2'],
    ['cells without rows', '<table><td>1</td><td>2</td></table>', '1\t2'],
    ['<p> left open in a cell', '<table><tr><td><p>a<td><p>b</table>', 'a\tb'],
    ['stray </td> and </tr>', '<table><tr><td>a</td></td><td>b</tr></tr></table>', 'a\tb'],
    ['a table directly inside a table ends it', '<table><tr><td>1</td></tr><table><tr><td>2</td></tr></table>', '1\n2'],
    ['text between rows', '<table><tr><td>1</td></tr>注<tr><td>2</td></tr></table>', '1\n注\n2'],
    ['rowspan="0" runs to the end', '<table><tr><td rowspan="0">a</td><td>1</td></tr><tr><td>2</td></tr></table>', 'a\t1\n\t2'],
    ['rowspans stop at the end of a row group', '<table><tbody><tr><td rowspan="3">a</td><td>1</td></tr></tbody><tbody><tr><td>2</td></tr></tbody></table>', 'a\t1\n2'],
    ['bad spans read as 1', '<table><tr><td colspan="x" rowspan="-2">a</td><td>b</td></tr><tr><td>c</td></tr></table>', 'a\tb\nc'],
    ['</div> does not close a cell', '<div><table><tr><td>a</div>b</td><td>c</td></tr></table></div>', 'ab\tc'],
    ['head never closed', '<html><head><title>T</title><meta charset="utf-8"><div>正文</div>', '正文'],
    ['text in an unclosed head', '<head><title>T</title>正文', '正文'],
    ['self-closing svg', '<svg/><p>x</p>', 'x'],
    ['conditional comments and <o:p>', '<p><![if !supportLists]>1．<![endif]>予以公开<o:p></o:p></p><!--[if gte mso 9]><xml>x</xml><![endif]-->', '1．予以公开'],
    ['</p> and </br> without start tags', 'a</p>b</br>c', 'a\nb\nc'],
    ['<li> and <dt>/<dd> implied ends', '<ul><li>一<li>二</ul><dl><dt>甲<dd>乙</dl>', '一\n二\n甲\n乙'],
    ['whitespace between inline elements', '<span>来源：县政府</span>\n  <span>浏览</span>', '来源：县政府 浏览'],
    ['CJK line wrap inside one text node', '<p>政府信息\n公开</p>', '政府信息公开'],
    ['Latin line wrap', '<p>open\ngovernment</p>', 'open government'],
    ['empty input', '', ''],
    ['plain text (a line break between CJK characters is a source wrap)', '一、总体情况\n本年度 2021\nyear', '一、总体情况本年度 2021 year'],
  ])('%s', (_name, html, expected) => {
    expect(htmlToText(html).text).toBe(expected);
  });

  it('uses the first <title> only, and not an SVG title', () => {
    const html = '<svg><title>图</title></svg><title>报告 &amp; 附件</title><title>第二个</title><p>x</p>';
    expect(htmlToText(html).meta.title?.value).toBe('报告 & 附件');
  });
});
