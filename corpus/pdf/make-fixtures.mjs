#!/usr/bin/env node
// Writes the PDF fixtures of test/read/pdf-*.test.ts into this folder. Run from anywhere:
//   node corpus/pdf/make-fixtures.mjs
//
// Two kinds of fixture:
// - report-2021-ruled.pdf / report-2021-unruled.pdf: a made-up 2021 report laid out by LibreOffice
//   Writer from HTML, with an embedded, subset CJK font (Noto Serif CJK SC), a running header, page
//   numbers "- N -" in the footer, and tables with (or without) rules; table 3 breaks across pages,
//   its "三、本年度办理结果" label is written one character per line, its header stacks "社会/公益/组织".
//   Needs: soffice (Debian: libreoffice-writer) and fonts-noto-cjk.
// - small PDFs written byte by byte below (no tool needed): text in a non-embedded CJK font
//   ("SimSun", as many real reports) with a ToUnicode map, laid out exactly: damaged spacing,
//   Kangxi radicals, an unruled table with wrapped and stacked labels, page numbers "1/2"; a
//   "scanned" page that is only an image; and, with qpdf, a password-encrypted copy.
//
// The output is deterministic except for LibreOffice's own creation dates and ids.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------
// 1. The report, through LibreOffice.

const para = (t) => `<p style="text-indent:2em">${t}</p>`;
const td = (t, attrs = '') => `<td${attrs ? ' ' + attrs : ''}>${t}</td>`;
const nums = (a) => a.map((n) => td(String(n), 'align="center"')).join('');

const T3 = [
  ['一、本年新收政府信息公开申请数量', [30, 5, 0, 0, 2, 0, 37]],
  ['二、上年结转政府信息公开申请数量', [2, 0, 0, 1, 0, 0, 3]],
];
const RESULTS = [
  ['（一）予以公开', null, [12, 2, 0, 0, 1, 0, 15]],
  ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', null, [5, 1, 0, 0, 0, 0, 6]],
  ['（三）不予公开', '1.属于国家秘密', [1, 0, 0, 0, 0, 0, 1]],
  [null, '2.其他法律行政法规禁止公开', [0, 0, 0, 0, 0, 0, 0]],
  [null, '3.危及“三安全一稳定”', [0, 0, 0, 0, 0, 0, 0]],
  [null, '4.保护第三方合法权益', [2, 0, 0, 0, 0, 0, 2]],
  [null, '5.属于三类内部事务信息', [1, 0, 0, 0, 0, 0, 1]],
  [null, '6.属于四类过程性信息', [0, 0, 0, 0, 0, 0, 0]],
  [null, '7.属于行政执法案卷', [0, 0, 0, 0, 0, 0, 0]],
  [null, '8.属于行政查询事项', [0, 0, 0, 0, 0, 0, 0]],
  ['（四）无法提供', '1.本机关不掌握相关政府信息', [6, 1, 0, 1, 0, 0, 8]],
  [null, '2.没有现成信息需要另行制作', [1, 0, 0, 0, 0, 0, 1]],
  [null, '3.补正后申请内容仍不明确', [0, 0, 0, 0, 0, 0, 0]],
  ['（五）不予处理', '1.信访举报投诉类申请', [1, 0, 0, 0, 0, 0, 1]],
  [null, '2.重复申请', [1, 1, 0, 0, 1, 0, 3]],
  [null, '3.要求提供公开出版物', [0, 0, 0, 0, 0, 0, 0]],
  [null, '4.无正当理由大量反复申请', [0, 0, 0, 0, 0, 0, 0]],
  [null, '5.要求行政机关确认或重新出具已获取信息', [0, 0, 0, 0, 0, 0, 0]],
  ['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', [1, 0, 0, 0, 0, 0, 1]],
  [null, '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', [0, 0, 0, 0, 0, 0, 0]],
  [null, '3.其他', [0, 0, 0, 0, 0, 0, 0]],
  ['（七）总计', null, [31, 5, 0, 1, 2, 0, 39]],
];
/** The border attribute of the report's tables: 1 for ruled tables, 0 for none. */
let BORDER = 1;
const GROUP_SPAN = { '（三）不予公开': 8, '（四）无法提供': 3, '（五）不予处理': 5, '（六）其他处理': 3 };

function table3() {
  const rows = [];
  rows.push(
    `<tr>${td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 'colspan="3" rowspan="3"')}${td('申请人情况', 'colspan="7" align="center"')}</tr>`,
    `<tr>${td('自然人', 'rowspan="2" align="center"')}${td('法人或其他组织', 'colspan="5" align="center"')}${td('总计', 'rowspan="2" align="center"')}</tr>`,
    `<tr>${['商业<br>企业', '科研<br>机构', '社会<br>公益<br>组织', '法律<br>服务<br>机构', '其他'].map((t) => td(t, 'align="center"')).join('')}</tr>`,
  );
  for (const [label, values] of T3) rows.push(`<tr>${td(label, 'colspan="3"')}${nums(values)}</tr>`);
  RESULTS.forEach(([group, leaf, values], i) => {
    const first = i === 0 ? td('三<br>、<br>本<br>年<br>度<br>办<br>理<br>结<br>果', `rowspan="${RESULTS.length}" align="center"`) : '';
    const label = leaf === null ? td(group, 'colspan="2"') : (group ? td(group, `rowspan="${GROUP_SPAN[group]}"`) : '') + td(leaf);
    rows.push(`<tr>${first}${label}${nums(values)}</tr>`);
  });
  rows.push(`<tr>${td('四、结转下年度继续办理', 'colspan="3"')}${nums([1, 0, 0, 0, 0, 0, 1])}</tr>`);
  const cols = [4, 9, 20, 8.4, 8.4, 8.4, 8.4, 8.4, 8.4, 8.4].map((w) => `<col width="${w * 5}">`).join('');
  return `<table border="${BORDER}" width="100%" cellspacing="0" cellpadding="3" style="font-size:9pt">${cols}${rows.join('\n')}</table>`;
}

function table2() {
  const head = (cap) => `<tr>${td(cap, 'colspan="4" align="center"')}</tr>`;
  const r = (...cells) => `<tr>${cells.join('')}</tr>`;
  return `<table border="${BORDER}" width="100%" cellspacing="0" cellpadding="3" style="font-size:10pt">
${head('第二十条第（一）项')}
${r(td('信息内容'), td('本年制发件数'), td('本年废止件数'), td('现行有效件数'))}
${r(td('规章'), td('0'), td(''), td('3'))}
${r(td('行政规范性文件'), td('4'), td('1'), td('25'))}
${head('第二十条第（五）项')}
${r(td('信息内容'), td('本年处理决定数量', 'colspan="3"'))}
${r(td('行政许可'), td('1234', 'colspan="3"'))}
${head('第二十条第（六）项')}
${r(td('信息内容'), td('本年处理决定数量', 'colspan="3"'))}
${r(td('行政处罚'), td('56', 'colspan="3"'))}
${r(td('行政强制'), td('7', 'colspan="3"'))}
${head('第二十条第（八）项')}
${r(td('信息内容'), td('本年收费金额（单位：万元）', 'colspan="3"'))}
${r(td('行政事业性收费'), td('12.3456', 'colspan="3"'))}
</table>`;
}

function table4() {
  const five = ['结果<br>维持', '结果<br>纠正', '其他<br>结果', '尚未<br>审结', '总计'];
  return `<table border="${BORDER}" width="100%" cellspacing="0" cellpadding="3" style="font-size:9pt">
<tr>${td('行政复议', 'colspan="5" align="center"')}${td('行政诉讼', 'colspan="10" align="center"')}</tr>
<tr>${five.map((t) => td(t, 'rowspan="2" align="center"')).join('')}${td('未经复议直接起诉', 'colspan="5" align="center"')}${td('复议后起诉', 'colspan="5" align="center"')}</tr>
<tr>${[...five, ...five].map((t) => td(t, 'align="center"')).join('')}</tr>
<tr>${nums([1, 1, 0, 0, 2, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1])}</tr>
</table>`;
}

function reportHtml(ruled) {
  BORDER = ruled ? 1 : 0;
  const filler = [
    '2021年，示例县人民政府坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，围绕县委县政府中心工作，持续深化政务公开，不断提升政府信息公开的质量和实效，切实保障人民群众的知情权、参与权、表达权和监督权。',
    '（一）主动公开。全年通过县政府门户网站主动公开政府信息2345条，其中政策文件56件，政策解读材料23篇，召开新闻发布会8场，回应社会关切事项17件。',
    '（二）依申请公开。全年共收到政府信息公开申请37件，上年结转3件，均在法定期限内答复，未发生因答复不规范引发的行政复议或行政诉讼败诉情形。',
    '（三）政府信息管理。严格落实政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”原则，动态更新政府信息公开指南和目录，全年清理调整过时信息112条。',
    '（四）平台建设。持续优化县政府门户网站栏目设置，整合政务新媒体账号，推动政务公开专区标准化建设，实现县、乡、村三级公开平台全覆盖。',
    '（五）监督保障。将政务公开工作纳入年度绩效考核，开展业务培训3次，组织第三方评估1次，对发现的问题逐项整改到位。',
  ];
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>fixture</title><style>
@page { size: 21cm 29.7cm; margin: 2.2cm 2.5cm 2.2cm 2.5cm }
body { font-family: "Noto Serif CJK SC"; font-size: 12pt }
h1 { font-size: 18pt; text-align: center }
p { margin: 0.2em 0 }
td { vertical-align: top }
</style></head><body>
<div title="header"><p align="center" style="font-size:9pt">示例县人民政府2021年政府信息公开工作年度报告</p></div>
<h1>示例县人民政府2021年政府信息公开工作年度报告</h1>
${para('本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。本报告所列数据统计期限自2021年1月1日起至2021年12月31日止。')}
<p>一、总体情况</p>
${filler.map(para).join('\n')}
<p>二、主动公开政府信息情况</p>
${table2()}
<p>三、收到和处理政府信息公开申请情况</p>
${table3()}
<p>四、政府信息公开行政复议、行政诉讼情况</p>
${table4()}
<p>五、存在的主要问题及改进情况</p>
${para('政府信息公开工作仍存在公开内容不够全面、政策解读形式较为单一等问题。下一步，我县将进一步完善公开制度，丰富解读形式，提升公开质量。')}
<p>六、其他需要报告的事项</p>
${para('本年度未收取信息处理费。')}
<div title="footer"><p align="center">- <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> -</p></div>
</body></html>`;
}

function libreOffice(html, out) {
  const dir = mkdtempSync(join(tmpdir(), 'ogi-pdf-'));
  try {
    const src = join(dir, 'report.html');
    writeFileSync(src, html);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'pdf', '--outdir', dir, src], { stdio: 'pipe', timeout: 120_000 });
    copyFileSync(join(dir, 'report.pdf'), out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Small PDFs by hand.

const wide = (ch) => /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFF60\u3000-\u303F\u201C\u201D]/.test(ch);

/**
 * A PDF from pages of positioned text (PDF coordinates, y up) and lines. Text is in one Type0
 * font, "SimSun", not embedded, Identity-H encoded with a ToUnicode map: CID n is the n-th
 * distinct character, 1000 units wide if CJK else 500.
 */
function handPdf(pages, { image = false } = {}) {
  const chars = [...new Set(pages.flatMap((p) => (p.texts ?? []).flatMap((t) => Array.from(t.str))))];
  const cid = new Map(chars.map((c, i) => [c, i + 1]));
  const hex4 = (n) => n.toString(16).toUpperCase().padStart(4, '0');
  const utf16 = (c) => Array.from(Buffer.from(c, 'utf16le').swap16()).map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
  const objects = [];
  const add = (body) => {
    objects.push(body);
    return objects.length;
  };
  const stream = (dict, data) => `<< ${dict} /Length ${Buffer.byteLength(data, 'latin1')} >>\nstream\n${data}\nendstream`;
  const catalog = add(null);
  const pagesId = add(null);
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    `${chars.length} beginbfchar`,
    ...chars.map((c) => `<${hex4(cid.get(c))}> <${utf16(c)}>`),
    'endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const toUnicode = add(stream('', cmap));
  const descriptor = add('<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>');
  const widths = chars.map((c) => (wide(c) ? 1000 : 500)).join(' ');
  const cidFont = add(`<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /W [1 [${widths}]] /CIDToGIDMap /Identity >>`);
  const font = add(`<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`);
  let imageId = 0;
  if (image) {
    // A 16×16 grey "scan": rows of varying grey.
    const px = Array.from({ length: 256 }, (_, i) => String.fromCharCode(((i * 37) % 200) + 40)).join('');
    imageId = add(stream('/Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8', px));
  }
  const kids = [];
  for (const p of pages) {
    const ops = [];
    if (image) ops.push('q 495 0 0 742 50 50 cm /Im1 Do Q');
    for (const [x0, y0, x1, y1] of p.lines ?? []) ops.push(`0.5 w ${x0} ${y0} m ${x1} ${y1} l S`);
    for (const t of p.texts ?? []) {
      const codes = Array.from(t.str).map((c) => hex4(cid.get(c))).join('');
      ops.push(`BT /F1 ${t.size ?? 10} Tf 1 0 0 1 ${t.x} ${t.y} Tm <${codes}> Tj ET`);
    }
    const content = add(stream('', ops.join('\n')));
    const xobj = image ? ` /XObject << /Im1 ${imageId} 0 R >>` : '';
    kids.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >>${xobj} >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.7\n%\xE2\xE3\xCF\xD3\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Text laid out character by character from x, `gap` points between characters, as some producers do. */
const spaced = (str, x, y, size, gap) => {
  let pos = x;
  return Array.from(str).map((c) => {
    const t = { str: c, x: +pos.toFixed(2), y, size };
    pos += (wide(c) ? size : size / 2) + gap;
    return t;
  });
};

function damagedText() {
  const header = (n) => [
    { str: '示例乡人民政府信息公开年报', x: 220, y: 800, size: 9 },
    { str: `${n}/2`, x: 290, y: 40, size: 9 },
  ];
  return handPdf([
    {
      texts: [
        ...header(1),
        { str: '一、总体情况', x: 72, y: 740, size: 12 },
        // "情 形": two runs 2 points apart (pdf.js reports a space between them).
        { str: '本年度未发生需要说明的情', x: 96, y: 716, size: 12 },
        { str: '形。', x: 96 + 12 * 12 + 2, y: 716, size: 12 },
        // A space inside one run between CJK characters.
        { str: '部分公开（只计这一 情形）', x: 72, y: 692, size: 12 },
        // Characters drawn one by one, 1.5 points apart.
        ...spaced('依申请公开', 72, 668, 12, 1.5),
        // Kangxi radical U+2F8F for 行.
        { str: '⾏政许可', x: 72, y: 644, size: 12 },
        // Two cells a wide gap apart.
        { str: '行政处罚', x: 72, y: 620, size: 12 },
        { str: '56', x: 300, y: 620, size: 12 },
      ],
    },
    {
      texts: [
        ...header(2),
        { str: '二、主动公开政府信息情况', x: 72, y: 740, size: 12 },
        { str: 'Latin words stay apart', x: 72, y: 716, size: 12 },
      ],
    },
  ]);
}

/**
 * An unruled table 3 excerpt: the header stacks "社会/公益/组织", a label wraps over two lines beside
 * its numbers, and "三、本年度办理结果" is written one character per line down the first column.
 */
function unruledTable() {
  const cols = [250, 290, 330, 370, 410, 450, 490];
  const texts = [{ str: '三、收到和处理政府信息公开申请情况', x: 72, y: 780, size: 14 }];
  // Header: three lines, stacked in the columns.
  const heads = [['自然人'], ['商业', '企业'], ['科研', '机构'], ['社会', '公益', '组织'], ['法律', '服务', '机构'], ['其他'], ['总计']];
  heads.forEach((stack, c) => stack.forEach((s, k) => texts.push({ str: s, x: cols[c], y: 740 - k * 12, size: 10 })));
  const row = (y, label, values, labelX = 100) => {
    if (label) texts.push({ str: label, x: labelX, y, size: 10 });
    values.forEach((v, c) => texts.push({ str: String(v), x: cols[c] + 5, y, size: 10 }));
  };
  row(690, '一、本年新收政府信息公开申请数量', [3, 0, 0, 1, 0, 0, 4], 72);
  row(670, '二、上年结转政府信息公开申请数量', [0, 0, 0, 0, 0, 0, 0], 72);
  // A vertical label, one character per line, beside the result rows.
  Array.from('三、本年度办理结果').forEach((c, k) => texts.push({ str: c, x: 76, y: 648 - k * 12, size: 10 }));
  row(650, '（一）予以公开', [1, 0, 0, 0, 0, 0, 1]);
  // A label wrapped over two lines; the numbers sit between them.
  texts.push({ str: '（二）部分公开（区分处理的，只计', x: 100, y: 634, size: 10 });
  texts.push({ str: '这一情形，不计其他情形）', x: 100, y: 622, size: 10 });
  row(628, null, [2, 0, 0, 1, 0, 0, 3]);
  row(606, '（三）不予公开', [0, 0, 0, 0, 0, 0, 0]);
  row(590, '（七）总计', [3, 0, 0, 1, 0, 0, 4]);
  row(570, '四、结转下年度继续办理', [0, 0, 0, 0, 0, 0, 0], 72);
  texts.push({ str: '第1页', x: 285, y: 40, size: 9 });
  return handPdf([{ texts }]);
}

function scanned() {
  return handPdf([{ texts: [] }, { texts: [] }], { image: true });
}

function main() {
  const out = (name) => join(here, name);
  writeFileSync(out('damaged-text.pdf'), damagedText());
  writeFileSync(out('unruled-table.pdf'), unruledTable());
  writeFileSync(out('scanned.pdf'), scanned());
  try {
    execFileSync('qpdf', ['--encrypt', 'user-secret', 'owner-secret', '256', '--', out('damaged-text.pdf'), out('encrypted.pdf')], { stdio: 'pipe' });
  } catch (e) {
    console.error('qpdf failed or is missing (Debian: qpdf); encrypted.pdf not written:', e.message);
  }
  try {
    libreOffice(reportHtml(true), out('report-2021-ruled.pdf'));
    libreOffice(reportHtml(false), out('report-2021-unruled.pdf'));
  } catch (e) {
    console.error('LibreOffice failed or is missing (Debian: libreoffice-writer fonts-noto-cjk); report PDFs not written:', e.message);
  }
  for (const name of ['damaged-text.pdf', 'unruled-table.pdf', 'scanned.pdf', 'encrypted.pdf', 'report-2021-ruled.pdf', 'report-2021-unruled.pdf']) {
    try {
      console.log(name, readFileSync(out(name)).length, 'bytes');
    } catch {
      console.log(name, 'missing');
    }
  }
}

main();
