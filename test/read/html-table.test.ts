import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/read/html/index.js';

/** Word-style cell: <p><span> soup around the text, as CMS editors paste it. */
const soup = (text: string): string =>
  `<p class="MsoNormal" align="center" style="text-align:center"><span lang="EN-US" style="font-size:10.5pt;font-family:宋体">${text}<o:p></o:p></span></p>`;
const td = (text: string, attrs = ''): string => `<td${attrs ? ' ' + attrs : ''} valign="top" style="border:solid windowtext 1.0pt">${soup(text)}</td>`;
const nums = (values: number[]): string => values.map((v) => td(String(v))).join('');

/** 2021 table 3 leaf rows under 三、本年度办理结果, grouped as printed. */
const GROUPS: Array<[string, string[]]> = [
  ['（一）予以公开', []],
  ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', []],
  ['（三）不予公开', ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项']],
  ['（四）无法提供', ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确']],
  ['（五）不予处理', ['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息']],
  ['（六）其他处理', ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他']],
  ['（七）总计', []],
];
const RESULT_ROWS = GROUPS.reduce((n, [, leaves]) => n + Math.max(1, leaves.length), 0);
const ROW = [1, 0, 0, 0, 0, 0, 1];

/** A realistic 2021 table 3: merged header, 三、 spanning 22 rows, （三） spanning 8. */
function table3Html(): string {
  const rows: string[] = [
    `<tr>${td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 'colspan="3" rowspan="3"')}${td('申请人情况', 'colspan="7"')}</tr>`,
    `<tr>${td('自然人', 'rowspan="2"')}${td('法人或其他组织', 'colspan="5"')}${td('总计', 'rowspan="2"')}</tr>`,
    `<tr>${td('商业<br>企业')}${td('科研<br/>机构')}<td>${soup('社会公益')}${soup('组织')}</td>${td('法律服务机构')}${td('其他')}</tr>`,
    `<tr>${td('一、本年新收政府信息公开申请数量', 'colspan="3"')}${nums(ROW)}</tr>`,
    `<tr>${td('二、上年结转政府信息公开申请数量', 'colspan="3"')}${nums(ROW)}</tr>`,
  ];
  let first = true;
  for (const [group, leaves] of GROUPS) {
    const lead = first ? td('三、本年度办理结果', `rowspan="${RESULT_ROWS}"`) : '';
    first = false;
    if (leaves.length === 0) {
      rows.push(`<tr>${lead}${td(group, 'colspan="2"')}${nums(ROW)}</tr>`);
      continue;
    }
    leaves.forEach((leaf, i) => {
      const label = i === 0 ? td(group, `rowspan="${leaves.length}"`) : '';
      rows.push(`<tr>${i === 0 ? lead : ''}${label}${td(leaf)}${nums(ROW)}</tr>`);
    });
  }
  rows.push(`<tr>${td('四、结转下年度继续办理', 'colspan="3"')}${nums(ROW)}</tr>`);
  return `<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse"><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function table3Expected(): string[] {
  const n = ROW.join('\t');
  const lines = [
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况',
    '\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计',
    '\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
    `一、本年新收政府信息公开申请数量\t\t\t${n}`,
    `二、上年结转政府信息公开申请数量\t\t\t${n}`,
  ];
  let first = true;
  for (const [group, leaves] of GROUPS) {
    const lead = first ? '三、本年度办理结果' : '';
    first = false;
    if (leaves.length === 0) lines.push(`${lead}\t${group}\t\t${n}`);
    else leaves.forEach((leaf, i) => lines.push(`${i === 0 ? lead : ''}\t${i === 0 ? group : ''}\t${leaf}\t${n}`));
  }
  lines.push(`四、结转下年度继续办理\t\t\t${n}`);
  return lines;
}

describe('htmlToText tables', () => {
  it('expands rowspan/colspan of a realistic table 3 into a grid, covered slots empty', () => {
    const html = `<p>三、收到和处理政府信息公开申请情况</p>${table3Html()}<p>四、政府信息公开行政复议、行政诉讼情况</p>`;
    const lines = htmlToText(html).text.split('\n');
    expect(lines[0]).toBe('三、收到和处理政府信息公开申请情况');
    expect(lines.slice(1, -1)).toEqual(table3Expected());
    expect(lines.at(-1)).toBe('四、政府信息公开行政复议、行政诉讼情况');
    // （三）不予公开 spans 8 rows: its label is printed once, the next 7 rows have an empty slot there.
    const at = lines.findIndex((l) => l.startsWith('\t（三）不予公开\t1.属于国家秘密\t'));
    expect(at).toBeGreaterThan(0);
    for (let i = 1; i < 8; i++) expect(lines[at + i]).toMatch(new RegExp(`^\\t\\t${i + 1}\\.`));
    expect(lines[at + 8]).toMatch(/^\t（四）无法提供\t1\./);
  });

  it.each([
    ['&nbsp; only', '<td>&nbsp;</td>', ''],
    ['&nbsp; padding', '<td>&nbsp;0&nbsp;</td>', '0'],
    ['numeric nbsp and spaces', '<td> &#160; &#xA0; </td>', ''],
    ['raw U+00A0', '<td>\u00a012\u00a0</td>', '12'],
    ['p/span soup', `<td>${soup('1')}</td>`, '1'],
    ['CJK split by <br>', '<td>商业<br>企业</td>', '商业企业'],
    ['CJK split by <p>', '<td><p>社会公益</p><p>组织</p></td>', '社会公益组织'],
    ['CJK split by <div> and spans', '<td><div><span>本机关不</span><span>掌握</span></div><div><span>相关政府信息</span></div></td>', '本机关不掌握相关政府信息'],
    ['Latin words split by <p>', '<td><p>Total</p><p>count</p></td>', 'Total count'],
    ['digits split by <br>', '<td>12<br>34</td>', '12 34'],
    ['digit and CJK split by <br>', '<td>2021<br>年</td>', '2021年'],
    ['whitespace run collapses', '<td>  行政 \t  许可  </td>', '行政 许可'],
    ['source line wrap inside Chinese text', '<td>其他法律行政\n法规禁止公开</td>', '其他法律行政法规禁止公开'],
    ['entities', '<td>A&amp;B &lt;1&gt; &#x4e00;&#19968;</td>', 'A&B <1> 一一'],
    ['ideographic-space padding', '<td>\u3000\u3000</td>', ''],
    ['ideographic spaces inside a label', '<td>\u3000名\u3000\u3000称\u3000</td>', '名 称'],
    ['zero-width characters', '<td>1\u200b2&#xFEFF;</td>', '12'],
  ])('cell text: %s', (_name, cell, expected) => {
    expect(htmlToText(`<table><tr><td>label</td>${cell}<td>end</td></tr></table>`).text).toBe(`label\t${expected}\tend`);
  });

  it('reads a borderless table like any other', () => {
    const html =
      '<table border="0" cellspacing="0" style="border:none;border-collapse:collapse">' +
      '<tr><td style="border:none">信息内容</td><td style="border:none">本年制发件数</td><td style="border:none">本年废止件数</td><td style="border:none">现行有效件数</td></tr>' +
      '<tr><td style="border:none">规章</td><td style="border:none">0</td><td style="border:none">0</td><td style="border:none">3</td></tr></table>';
    expect(htmlToText(html).text).toBe('信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t3');
  });

  it('reads table 4 split into three small tables', () => {
    const small = (caption: string, values: number[]): string =>
      `<p>${caption}</p><table border="1"><tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>` +
      `<tr>${values.map((v) => `<td>${v}</td>`).join('')}</tr></table>`;
    const html = small('行政复议', [1, 0, 0, 0, 1]) + small('行政诉讼（未经复议直接起诉）', [0, 1, 0, 0, 1]) + small('行政诉讼（复议后起诉）', [0, 0, 0, 2, 2]);
    expect(htmlToText(html).text.split('\n')).toEqual([
      '行政复议',
      '结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
      '1\t0\t0\t0\t1',
      '行政诉讼（未经复议直接起诉）',
      '结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
      '0\t1\t0\t0\t1',
      '行政诉讼（复议后起诉）',
      '结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
      '0\t0\t0\t2\t2',
    ]);
  });

  it('reads table 4 printed as one grid with three header rows', () => {
    const head = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    const html =
      '<table><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>' +
      `<tr>${head.map((h) => `<td rowspan="2">${h}</td>`).join('')}<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>` +
      `<tr>${[...head, ...head].map((h) => `<td>${h}</td>`).join('')}</tr>` +
      `<tr>${'<td>0</td>'.repeat(15)}</tr></table>`;
    expect(htmlToText(html).text.split('\n')).toEqual([
      '行政复议\t\t\t\t\t行政诉讼',
      '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉',
      `\t\t\t\t\t${[...head, ...head].join('\t')}`,
      Array(15).fill('0').join('\t'),
    ]);
  });

  it('flattens a layout table whose cell holds the report and its tables', () => {
    const html =
      '<table width="100%" border="0"><tr><td><img src="logo.png"></td><td>平潭综合实验区</td></tr>' +
      '<tr><td colspan="2"><table width="96%"><tr><td>' +
      '<p>一、总体情况</p><p>本年度……</p>' +
      '<p>二、主动公开政府信息情况</p>' +
      '<table border="1"><tr><td>信息内容</td><td>本年制发件数</td></tr><tr><td>规章</td><td>0</td></tr></table>' +
      '<p>三、收到和处理政府信息公开申请情况</p>' +
      '</td></tr></table></td></tr>' +
      '<tr><td>联系我们</td><td>地址</td></tr></table>';
    expect(htmlToText(html).text.split('\n')).toEqual([
      '\t平潭综合实验区',
      '一、总体情况',
      '本年度……',
      '二、主动公开政府信息情况',
      '信息内容\t本年制发件数',
      '规章\t0',
      '三、收到和处理政府信息公开申请情况',
      '联系我们\t地址',
    ]);
  });

  it('treats a one-cell wrapper table with long multi-paragraph text as a block container', () => {
    const para = '本机关认真贯彻落实《中华人民共和国政府信息公开条例》，'.repeat(5);
    const html = `<table><tr><td><p>一、总体情况</p><p>${para}</p><p>五、存在的主要问题及改进情况</p><p>${para}</p></td></tr></table>`;
    expect(htmlToText(html).text.split('\n')).toEqual(['一、总体情况', para, '五、存在的主要问题及改进情况', para]);
  });

  it('keeps a caption as its own line before the rows', () => {
    const html = '<table><caption>第二十条第（一）项</caption><tr><th>信息内容</th><th>本年制发件数</th></tr><tr><td>规章</td><td>2</td></tr></table>';
    expect(htmlToText(html).text).toBe('第二十条第（一）项\n信息内容\t本年制发件数\n规章\t2');
  });

  it('skips all-blank rows but keeps blank cells of a labelled row', () => {
    const html = '<table><tr><td>&nbsp;</td><td> </td></tr><tr><td>规章</td><td></td><td>&nbsp;</td><td>3</td></tr></table>';
    expect(htmlToText(html).text).toBe('规章\t\t\t3');
  });
});
