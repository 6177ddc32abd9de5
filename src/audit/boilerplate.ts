import { SECTION_DEFS } from '../segment/section-titles.js';
import { TEMPLATES } from '../templates/templates.js';
import type { TableDef } from '../templates/types.js';
import { reduceText } from './shingles.js';

/**
 * Wording every report may share without copying anyone: the standard opening and closing sentences,
 * the legal formulas, and (added below from the templates) every section title and table label.
 * Written as phrases; see {@link wordingCover}.
 */
export const BOILERPLATE_PHRASES = [
  '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定',
  '根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息公开与政务公开办公室关于政府信息公开工作年度报告的有关要求',
  '按照《中华人民共和国政府信息公开条例》要求',
  '编制本报告',
  '现公布本年度政府信息公开工作年度报告',
  '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分组成',
  '本报告中所列数据的统计期限自1月1日起至12月31日止',
  '本报告所列数据的统计期限为1月1日至12月31日',
  '本报告的电子版可在门户网站政府信息公开专栏查阅或下载',
  '如对本报告有任何疑问，请与联系',
  '联系地址', '邮政编码', '联系电话', '电子邮箱', '传真',
  '以公开为常态、不公开为例外',
  '政府信息公开工作年度报告',
  '政府信息公开信息处理费管理办法',
  '未收取信息处理费',
  '本年度没有收取信息处理费',
  '本年度无其他需要报告的事项',
  '无其他需要报告的事项',
  '本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况',
  '政府信息公开行政复议、行政诉讼情况',
  '收到和处理政府信息公开申请情况',
  '主动公开政府信息情况',
  '政府信息公开工作存在的主要问题及改进情况',
  '单位：件', '单位：万元',
  '本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和',
];

function tableLabels(t: TableDef): string[] {
  return [...t.columns.map((c) => c.label), ...t.groups.map((g) => g.label), ...t.rows.map((r) => r.label), ...t.headers];
}

/** Character trigrams of the template wording. */
const GRAM = 3;
/** Template labels shorter than a trigram. */
const SHORT_LABELS = ['规章', '其他', '总计', '合计', '项目', '数量', '类别'];

let cached: Set<number> | null = null;

/** A trigram as one number (three UTF-16 units: exact below 2^53). */
const gramAt = (s: string, i: number) => s.charCodeAt(i) * 4294967296 + s.charCodeAt(i + 1) * 65536 + s.charCodeAt(i + 2);

function wordingGrams(): Set<number> {
  if (cached) return cached;
  const set = new Set<number>();
  const phrases = [...BOILERPLATE_PHRASES, ...SECTION_DEFS.map((s) => s.title)];
  for (const t of TEMPLATES) for (const table of Object.values(t.tables) as TableDef[]) phrases.push(...tableLabels(table));
  for (const p of phrases) {
    const r = reduceText(p, 0, p.length).text;
    for (let i = 0; i + GRAM <= r.length; i++) set.add(gramAt(r, i));
  }
  cached = set;
  return set;
}

/**
 * Which characters of a reduced text are template wording: covered by a trigram of the template's
 * wording ({@link BOILERPLATE_PHRASES}, the section titles, every table label), a short label, or a
 * number ('#'). A shingle all of whose characters are covered is not counted as shared text: this
 * also drops a table printed as text (labels and numbers) that the parser could not read.
 *
 * @example
 * wordingCover('规章###规范性文件###').every(Boolean); // true
 */
export function wordingCover(text: string): Uint8Array {
  const grams = wordingGrams();
  const cover = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 35) cover[i] = 1;
  for (let i = 0; i + GRAM <= text.length; i++) {
    if (grams.has(gramAt(text, i))) cover[i] = cover[i + 1] = cover[i + 2] = 1;
  }
  for (const label of SHORT_LABELS) {
    for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) for (let k = 0; k < label.length; k++) cover[at + k] = 1;
  }
  return cover;
}
