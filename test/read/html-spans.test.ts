import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/read/html/index.js';

const ENTITY_AT = /^&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);?/;

/** Every character maps to its source: the same character, an entity, or (for synthetic separators) a tag or whitespace. */
function checkSpans(html: string): string {
  const { text, map } = htmlToText(html);
  expect(map).toBeInstanceOf(Int32Array);
  expect(map.length).toBe(text.length + 1);
  expect(map[text.length]).toBe(html.length);
  for (let i = 0; i < text.length; i++) {
    const at = map[i]!;
    if (i > 0) expect(at, `monotonic at ${i}`).toBeGreaterThanOrEqual(map[i - 1]!);
    const source = html.slice(at, at + 12);
    const ch = text[i]!;
    if (source.startsWith(ch)) continue;
    if (ENTITY_AT.test(source)) continue;
    if (ch === '\t' || ch === '\n') {
      expect(source[0], `separator at ${i}`).toBe('<');
      continue;
    }
    expect(ch, `char ${i} ${JSON.stringify(source)}`).toBe(' ');
    expect(source[0]).toMatch(/[\s\u00a0<]/);
  }
  return text;
}

describe('htmlToText offset map', () => {
  it.each([
    ['plain paragraphs', '<p>一、总体情况</p>\n<p>  本年度 \n 共收到申请11件。</p>'],
    ['entities', '<p>A&amp;B&nbsp;&nbsp;C &#x4e00;&#19968; &lt;tag&gt; &copy;2022 &unknown; &amp</p>'],
    ['astral characters and entities', '<p>𠀀字&#x20000;&#131072;</p>'],
    ['table with rowspan and colspan', '<table><tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>3</td></tr><tr><td>（三）</td><td>1.属于国家秘密</td><td>&nbsp;0</td></tr></table>'],
    ['cell soup', '<table><tr><td><p><span>商业</span></p><p><span>企业</span></p></td><td><p>Total</p><p>count</p></td><td>12<br>34</td></tr></table>'],
    ['nested layout table', '<table><tr><td>x</td><td><p>一、总体情况</p><table><tr><td>a</td><td>1</td></tr></table><p>二</p></td></tr></table>'],
    ['chrome dropped mid-line', '<p>左 <span class="share">分享</span> 右</p><div class="nav">导航</div><p>下</p>'],
    ['metadata lines dropped', '<div>索引号：001</div><div>发布日期：2022-01-01</div><p>一、总体情况</p>'],
    ['pre', '<pre>a\tb\n  c\n</pre><p>d</p>'],
    ['unclosed everything', '<div><p>a<table><tr><td>b<td>c<tr><td>d'],
  ])('maps every character back to its source: %s', (_name, html) => {
    checkSpans(html);
  });

  it('maps cell text, tabs and newlines to the exact places in the HTML', () => {
    const html = '<table><tr><td rowspan="2">三</td><td>&nbsp;7</td></tr><tr><td>8&amp;</td></tr></table>';
    const { text, map } = htmlToText(html);
    expect(text).toBe('三\t7\n\t8&');
    const at = (s: string, from = 0): number => html.indexOf(s, from);
    expect(map[0]).toBe(at('三'));
    expect(map[1]).toBe(at('<td>&nbsp;7')); // '\t' before the cell maps to its <td>
    expect(map[2]).toBe(at('7'));
    expect(html[map[3]!]).toBe('<'); // '\n' maps to the tag that ended the row
    expect(map[4]).toBe(at('<td>8')); // covered slot: the '\t' maps to the next real cell
    expect(map[5]).toBe(at('8&amp;'));
    expect(map[6]).toBe(at('&amp;'));
    expect(html.slice(map[6], map[7])).toBe('&amp;</td></tr></table>');
  });

  it('lets callers slice a value back out of the HTML', () => {
    const html = '<div class="c"><p>本年度收到申请<b>11</b>件，其中&nbsp;<span>自然人</span>9件。</p></div>';
    const { text, map } = htmlToText(html);
    const i = text.indexOf('11');
    expect(html.slice(map[i], map[i + 1]! + 1)).toBe('11');
    const j = text.indexOf('自然人');
    expect(html.slice(map[j], map[j + 2]! + 1)).toBe('自然人');
  });

  it('returns a one-element map for empty output', () => {
    const html = '<html><head><title></title></head><body><script>x</script></body></html>';
    const r = htmlToText(html);
    expect(r.text).toBe('');
    expect([...r.map]).toEqual([html.length]);
  });
});
