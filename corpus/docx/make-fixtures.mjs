#!/usr/bin/env node
// Writes the Word fixture of test/docx.test.ts into this folder. Run from anywhere:
//   node corpus/docx/make-fixtures.mjs
//
// report-2021.docx: a made-up 2021-template report (桐岭县市场监督管理局, report year 2022), written
// as WordprocessingML by hand and zipped with fflate (a devDependency; no Word or LibreOffice
// needed). It has what Word attachments carry:
// - table 3 with merged cells as Word writes them: the corner note merged over 3 columns and 3 rows
//   (w:gridSpan + w:vMerge), "法人或其他组织" over five columns, "自然人" and "总计" merged down
//   the header; "三、本年度办理结果" merged down all 23 result rows, each group label （三）…（六)
//   merged down its rows, and （一）, （二）, （七）总计 spanning two label columns;
// - table 2 as the four captioned sub-tables in one grid (captions and single values gridSpan);
// - table 4 with its three header rows merged (行政诉讼 over ten columns, headers merged down);
// - numbers split over several runs (as Word's revision ids split them: "1" + "865"), a blank cell
//   that is an empty paragraph, a cell written in two paragraphs;
// - section headings in the built-in Heading 1 style, prose in a custom style "正文缩进" (style id
//   a3) that mammoth does not know: it notes it (a docx-conversion-note message).
// Every number satisfies the template's arithmetic (checked below before writing).
// The output is deterministic (fixed zip dates).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------
// The numbers. T3 columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他 (总计 is computed).

const T3_NEW = [54, 8, 1, 1, 2, 1];
const T3_CARRIED = [3, 1, 0, 0, 0, 0];
/** [group label or null, leaf label, six values]; group labels are merged down their rows. */
const T3_RESULTS = [
  ['（一）予以公开', null, [21, 4, 0, 1, 1, 0]],
  ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', null, [3, 1, 0, 0, 0, 0]],
  ['（三）不予公开', '1.属于国家秘密', [0, 0, 0, 0, 0, 0]],
  [null, '2.其他法律行政法规禁止公开', [1, 0, 0, 0, 0, 0]],
  [null, '3.危及“三安全一稳定”', [0, 0, 0, 0, 0, 0]],
  [null, '4.保护第三方合法权益', [2, 1, 0, 0, 0, 0]],
  [null, '5.属于三类内部事务信息', [1, 0, 0, 0, 0, 0]],
  [null, '6.属于四类过程性信息', [2, 0, 1, 0, 0, 0]],
  [null, '7.属于行政执法案卷', [1, 0, 0, 0, 0, 0]],
  [null, '8.属于行政查询事项', [0, 0, 0, 0, 0, 0]],
  ['（四）无法提供', '1.本机关不掌握相关政府信息', [6, 2, 0, 0, 1, 0]],
  [null, '2.没有现成信息需要另行制作', [2, 0, 0, 0, 0, 0]],
  [null, '3.补正后申请内容仍不明确', [1, 0, 0, 0, 0, 0]],
  ['（五）不予处理', '1.信访举报投诉类申请', [3, 0, 0, 0, 0, 0]],
  [null, '2.重复申请', [2, 1, 0, 0, 0, 0]],
  [null, '3.要求提供公开出版物', [0, 0, 0, 0, 0, 0]],
  [null, '4.无正当理由大量反复申请', [1, 0, 0, 0, 0, 0]],
  [null, '5.要求行政机关确认或重新出具已获取信息', [1, 0, 0, 0, 0, 0]],
  ['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', [2, 0, 0, 0, 0, 0]],
  [null, '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', [0, 0, 0, 0, 0, 0]],
  [null, '3.其他', [1, 0, 0, 0, 0, 1]],
];
const T3_FORWARD = [7, 0, 0, 0, 0, 0];
/** Three blocks of {结果维持, 结果纠正, 其他结果, 尚未审结}; 总计 is computed. */
const T4 = [
  [2, 1, 0, 1],
  [1, 0, 1, 0],
  [0, 1, 0, 1],
];

const sum = (a) => a.reduce((x, y) => x + y, 0);
const withTotal = (a) => [...a, sum(a)];
const T3_TOTAL = [0, 1, 2, 3, 4, 5].map((c) => sum(T3_RESULTS.map((r) => r[2][c])));
for (let c = 0; c < 6; c++) {
  if (T3_NEW[c] + T3_CARRIED[c] !== T3_TOTAL[c] + T3_FORWARD[c]) throw new Error(`T3 column ${c}: 一 + 二 ≠ （七） + 四`);
}

// ---------------------------------------------------------------------------------------------
// WordprocessingML.

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** One run; `parts` > 1 splits the text into several runs, as Word's revision marks do. */
const runs = (text, { bold = false, parts = 1 } = {}) => {
  const rPr = `<w:rPr><w:rFonts w:hint="eastAsia"/>${bold ? '<w:b/>' : ''}<w:sz w:val="21"/></w:rPr>`;
  if (text === '') return '';
  const cut = parts > 1 && text.length > 1 ? [text.slice(0, 1), text.slice(1)] : [text];
  return cut.map((t) => `<w:r w:rsidRPr="00A1B2C3">${rPr}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`).join('');
};
const para = (text, { style = null, center = false, bold = false, parts = 1 } = {}) =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${center ? '<w:jc w:val="center"/>' : ''}</w:pPr>${runs(text, { bold, parts })}</w:p>`;
/** A table cell: `span` columns wide, `merge` 'restart' | 'continue' | null; text may be an array of paragraphs. */
const cell = (text, { span = 1, merge = null, bold = false, parts = 1 } = {}) => {
  const tcPr = `<w:tcPr><w:tcW w:w="${span * 600}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${merge ? `<w:vMerge${merge === 'restart' ? ' w:val="restart"' : ''}/>` : ''}<w:vAlign w:val="center"/></w:tcPr>`;
  const paras = merge === 'continue' ? [''] : Array.isArray(text) ? text : [text];
  return `<w:tc>${tcPr}${paras.map((t) => para(t, { center: true, bold, parts })).join('')}</w:tc>`;
};
const row = (cells) => `<w:tr><w:trPr><w:jc w:val="center"/></w:trPr>${cells.join('')}</w:tr>`;
const table = (columns, rows) => {
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="600"/>'.repeat(columns)}</w:tblGrid>${rows.map(row).join('')}</w:tbl>`;
};
const nums = (a, opts = {}) => a.map((n) => cell(String(n), opts));

// Table 2: four captioned sub-tables in one 4-column grid.
const t2 = table(4, [
  [cell('第二十条第（一）项', { span: 4, bold: true })],
  [cell('信息内容'), cell('本年制发件数'), cell('本年废止件数'), cell('现行有效件数')],
  [cell('规章'), cell('0'), cell('0'), cell('0')],
  [cell('行政规范性文件'), cell('3'), cell('1'), cell('12')],
  [cell('第二十条第（五）项', { span: 4, bold: true })],
  [cell('信息内容'), cell('本年处理决定数量', { span: 3 })],
  [cell('行政许可'), cell('1865', { span: 3, parts: 2 })],
  [cell('第二十条第（六）项', { span: 4, bold: true })],
  [cell('信息内容'), cell('本年处理决定数量', { span: 3 })],
  [cell('行政处罚'), cell('243', { span: 3 })],
  [cell('行政强制'), cell('17', { span: 3 })],
  [cell('第二十条第（八）项', { span: 4, bold: true })],
  [cell('信息内容'), cell('本年收费金额（单位：万元）', { span: 3 })],
  [cell('行政事业性收费'), cell('8.5300', { span: 3 })],
]);

// Table 3: 3 label columns + 7 value columns.
const t3Rows = [
  [
    cell(['（本列数据的勾稽关系为：第一项加第二项之和，', '等于第三项加第四项之和）'], { span: 3, merge: 'restart' }),
    cell('申请人情况', { span: 7 }),
  ],
  [cell('', { span: 3, merge: 'continue' }), cell('自然人', { merge: 'restart' }), cell('法人或其他组织', { span: 5 }), cell('总计', { merge: 'restart' })],
  [
    cell('', { span: 3, merge: 'continue' }),
    cell('', { merge: 'continue' }),
    ...['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((h) => cell(h)),
    cell('', { merge: 'continue' }),
  ],
  [cell('一、本年新收政府信息公开申请数量', { span: 3 }), ...nums(withTotal(T3_NEW), { parts: 2 })],
  [cell('二、上年结转政府信息公开申请数量', { span: 3 }), ...nums(withTotal(T3_CARRIED))],
];
T3_RESULTS.forEach(([group, leaf, values], i) => {
  const cells = [cell(i === 0 ? '三、本年度办理结果' : '', { merge: i === 0 ? 'restart' : 'continue' })];
  if (leaf === null) cells.push(cell(group, { span: 2 }));
  else cells.push(cell(group ?? '', { merge: group ? 'restart' : 'continue' }), cell(leaf));
  cells.push(...nums(withTotal(values)));
  t3Rows.push(cells);
});
t3Rows.push([cell('', { merge: 'continue' }), cell('（七）总计', { span: 2 }), ...nums(withTotal(T3_TOTAL))]);
// The blank: 四's 社会公益组织 cell is an empty paragraph (it counts as 0).
const forward = withTotal(T3_FORWARD).map(String);
forward[3] = '';
t3Rows.push([cell('四、结转下年度继续办理', { span: 3 }), ...forward.map((v) => cell(v))]);
const t3 = table(10, t3Rows);

// Table 4: three header rows, one row of 15 numbers.
const HEAD4 = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const t4 = table(15, [
  [cell('行政复议', { span: 5 }), cell('行政诉讼', { span: 10 })],
  [...HEAD4.map((h) => cell(h, { merge: 'restart' })), cell('未经复议直接起诉', { span: 5 }), cell('复议后起诉', { span: 5 })],
  [...HEAD4.map(() => cell('', { merge: 'continue' })), ...HEAD4.map((h) => cell(h)), ...HEAD4.map((h) => cell(h))],
  T4.flatMap((b) => nums(withTotal(b))),
]);

const prose = (t) => para(t, { style: 'a3' });
const heading = (t) => para(t, { style: '1' });
const body = [
  para('桐岭县市场监督管理局2022年政府信息公开工作年度报告', { style: 'a4', center: true, bold: true }),
  prose('本报告根据《中华人民共和国政府信息公开条例》第五十条的规定编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分组成。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。'),
  heading('一、总体情况'),
  prose('2022年，桐岭县市场监督管理局围绕市场主体登记、食品安全监管和质量技术监督工作，深入推进政务公开。全年共新收政府信息公开申请67件，上年结转4件，办结64件，结转下年度继续办理7件。'),
  prose('（一）主动公开。全年主动公开政府信息1326条，其中行政许可决定1865件次在“信用桐岭”平台同步公示，行政处罚决定243件全部按期公开。'),
  prose('（二）依申请公开。严格按照法定时限答复，全年未发生逾期答复情况。'),
  prose('（三）政府信息管理。制定行政规范性文件3件，废止1件，现行有效12件，均在门户网站专栏集中发布。'),
  prose('（四）平台建设。优化门户网站“政府信息公开”专栏，完成栏目适老化改造。'),
  prose('（五）监督保障。将政务公开工作纳入年度绩效考核，全年组织业务培训2次。'),
  heading('二、主动公开政府信息情况'),
  t2,
  heading('三、收到和处理政府信息公开申请情况'),
  t3,
  heading('四、政府信息公开行政复议、行政诉讼情况'),
  t4,
  heading('五、存在的主要问题及改进情况'),
  prose('一是部分业务科室对依申请公开的法定程序掌握不够；二是主动公开内容的解读形式较为单一。2023年，我局将加强业务培训，丰富图解、问答等解读形式。'),
  heading('六、其他需要报告的事项'),
  prose('本年度未收取信息处理费。'),
  para('桐岭县市场监督管理局', { center: false }),
  para('2023年1月16日'),
];

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`;

const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="正文缩进"/><w:basedOn w:val="a"/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="420"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="a4"><w:name w:val="Title"/><w:basedOn w:val="a"/><w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>
</w:styles>`;

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;

const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const documentRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

const mtime = new Date(2023, 0, 16, 9, 30, 0);
const zip = zipSync(
  {
    '[Content_Types].xml': strToU8(contentTypes),
    '_rels/.rels': strToU8(rootRels),
    'word/document.xml': strToU8(documentXml),
    'word/_rels/document.xml.rels': strToU8(documentRels),
    'word/styles.xml': strToU8(stylesXml),
  },
  { level: 6, mtime },
);
writeFileSync(join(here, 'report-2021.docx'), zip);
console.log(`report-2021.docx: ${zip.length} bytes; T3 （七）总计 ${withTotal(T3_TOTAL).join(' ')}; T4 ${T4.map((b) => withTotal(b).join(' ')).join(' | ')}`);
