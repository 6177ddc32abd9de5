/** Labels of the CMS metadata block (索引号：… 发布机构：… 发布日期：…) and what they mean. */

/** Which metadata field a label fills, and how good a source it is (lower is better). */
export interface LabelInfo {
  /** A strong label marks a metadata line on its own; weak ones need company. */
  readonly strong: boolean;
  readonly field?: 'publisher' | 'date';
  readonly rank?: number;
}

export const META_LABELS: ReadonlyMap<string, LabelInfo> = new Map<string, LabelInfo>([
  ['索引号', { strong: true }],
  ['发布机构', { strong: true, field: 'publisher', rank: 0 }],
  ['发文机关', { strong: true, field: 'publisher', rank: 0 }],
  ['发文机构', { strong: true, field: 'publisher', rank: 0 }],
  ['发布单位', { strong: true, field: 'publisher', rank: 1 }],
  ['发文单位', { strong: true, field: 'publisher', rank: 1 }],
  ['发布部门', { strong: true, field: 'publisher', rank: 1 }],
  ['所属机构', { strong: true, field: 'publisher', rank: 2 }],
  ['信息来源', { strong: true, field: 'publisher', rank: 3 }],
  ['文章来源', { strong: true, field: 'publisher', rank: 3 }],
  ['来源', { strong: false, field: 'publisher', rank: 3 }],
  ['发布日期', { strong: true, field: 'date', rank: 0 }],
  ['公开日期', { strong: true, field: 'date', rank: 1 }],
  ['发布时间', { strong: true, field: 'date', rank: 1 }],
  ['时间', { strong: false, field: 'date', rank: 2 }],
  ['日期', { strong: false, field: 'date', rank: 2 }],
  ['发文日期', { strong: true, field: 'date', rank: 3 }],
  ['成文日期', { strong: true, field: 'date', rank: 3 }],
  ['印发日期', { strong: true, field: 'date', rank: 3 }],
  ['生成日期', { strong: true, field: 'date', rank: 4 }],
  ['主题分类', { strong: true }],
  ['信息分类', { strong: true }],
  ['组配分类', { strong: true }],
  ['体裁分类', { strong: true }],
  ['服务对象', { strong: true }],
  ['发文字号', { strong: true }],
  ['文号', { strong: true }],
  ['文件编号', { strong: true }],
  ['有效性', { strong: true }],
  ['公开方式', { strong: true }],
  ['公开范围', { strong: true }],
  ['公开时限', { strong: true }],
  ['公开形式', { strong: true }],
  ['主题词', { strong: true }],
  ['关键词', { strong: false }],
  ['分类', { strong: false }],
  ['名称', { strong: false }],
  ['标题', { strong: false }],
  ['作者', { strong: false }],
  ['字号', { strong: false }],
  ['字体', { strong: false }],
  ['浏览次数', { strong: false }],
  ['阅读次数', { strong: false }],
  ['点击数', { strong: false }],
  ['访问量', { strong: false }],
  ['责任编辑', { strong: false }],
  ['编辑', { strong: false }],
]);

// Spaces labels are padded with: ASCII, no-break, en/em and other typographic spaces, ideographic.
const GAP = '[ \\u00a0\\u2000-\\u200b\\u3000]*';
const GAP_CHARS = /[ \u00a0\u2000-\u200b\u3000]/g;

// Traditional forms of the characters in the labels, for traditional-character mirror pages
// (發佈機構 for 发布机构). The page is read before the traditional → simplified stage.
export const TRADITIONAL_FORMS: Readonly<Record<string, string>> = {
  号: '號', 发: '發', 布: '佈', 机: '機', 构: '構', 关: '關', 单: '單', 门: '門', 属: '屬', 来: '來', 资: '資',
  讯: '訊', 时: '時', 间: '間', 开: '開', 题: '題', 类: '類', 组: '組', 体: '體', 务: '務', 对: '對', 编: '編',
  范: '範', 围: '圍', 词: '詞', 键: '鍵', 称: '稱', 标: '標', 浏: '瀏', 览: '覽', 数: '數', 阅: '閱', 读: '讀',
  点: '點', 击: '擊', 访: '訪', 问: '問', 责: '責', 辑: '輯', 会: '會', 义: '義',
};
const SIMPLIFIED: ReadonlyMap<string, string> = new Map(Object.entries(TRADITIONAL_FORMS).map(([s, t]) => [t, s]));
const charClass = (c: string) => (TRADITIONAL_FORMS[c] ? `[${c}${TRADITIONAL_FORMS[c]}]` : c);
const alternation = [...META_LABELS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((label) => [...label].map(charClass).join(GAP))
  .join('|');

/**
 * A label: at the start of the line or after whitespace/【/|, followed by a colon, or standing
 * alone in a cell (followed by a tab or the line end).
 */
export const LABEL_RE = new RegExp(
  `(?<![^\\s\\u3000|｜【\\[])(${alternation})${GAP}(?:[:：]|(?=\\t)|$)`,
  'g',
);

/** Strip the gaps a label may be printed with ("索 引 号", "名　　称") and simplify its characters. */
export function normaliseLabel(raw: string): string {
  return [...raw.replace(GAP_CHARS, '')].map((c) => SIMPLIFIED.get(c) ?? c).join('');
}

/** A date inside a value: 2022-02-08, 2022/2/8, 2022.02.08, 2022年2月8日. */
export const DATE_RE = /\d{4}[ \u3000]*[-/.年][ \u3000]*\d{1,2}[ \u3000]*[-/.月][ \u3000]*\d{1,2}(?:[ \u3000]*日)?/;
