import type { Message } from './message.js';
import type { MessageCode } from './codes.js';

/**
 * What each message code means, in Chinese: the people who review these reports read Chinese.
 * Typed by {@link MessageCode}, so a code added to `MESSAGE_CODES` without its Chinese text fails
 * the type check.
 *
 * @example
 * import { MESSAGE_ZH } from 'ogi-report';
 * MESSAGE_ZH['check-failed']; // '勾稽关系不符'
 */
export const MESSAGE_ZH: Readonly<Record<MessageCode, string>> = {
  'input-empty': '输入为空',
  'input-binary': '输入像是二进制数据，不是文字',
  'input-too-large': '输入过长，只读取了前面一部分',
  'pdf-invalid': '不是可读取的 PDF 文件（空白、截断或已损坏）',
  'pdf-encrypted': 'PDF 文件设有密码，无法读取',
  'pdf-no-text': 'PDF 没有文字层（扫描件），需要先做文字识别（OCR）',
  'pdf-too-large': 'PDF 超过大小或页数限制，只读取了限制以内的页面',
  'pdf-page-failed': 'PDF 有一页无法读取',
  'docx-invalid': '不是可读取的 Word (.docx) 文件（不是压缩包、缺少正文、已加密、旧版 .doc 或已损坏）',
  'docx-too-large': 'Word 文件过大或疑似压缩炸弹，未予解压',
  'docx-conversion-note': 'Word 转换时有内容未能精确转换（如无法识别的样式）',
  'text-normalised': '已统一字符写法（繁体转简体、全角转半角、康熙部首、特殊空格）',
  'body-not-found': '未能从标题读出发布机关',
  'year-not-found': '未能读出报告年度',
  'body-name-variant': '机关名称有形近的异写，已按标题中的写法读取',
  'section-missing': '缺少一个章节',
  'section-duplicate': '章节标题重复出现，按第一次出现处读取',
  'section-out-of-order': '章节顺序与模板不一致',
  'template-detected': '根据表格栏目判断了所用模板',
  'template-unsupported': '表格与两版国家模板都不符，未读取表格',
  'template-mixed': '各表使用了不同版本的模板，分别按各自的模板读取',
  'table-missing': '缺少模板中的一张表',
  'table-dropped': '文本中该表的位置只有“[TABLE]”占位：生成文本的工具丢弃了这张表，表中数字缺失（并非为零）',
  'row-missing': '表中缺少模板规定的一行',
  'row-unmatched': '表中有一行对应不上模板，已单独列出',
  'row-extra': '发现地方增列的行（不属于国家模板），已单独列出',
  'row-label-inferred': '某行缺少名称，已按其在表中的位置判断是哪一行',
  'row-duplicate': '模板中的一行出现了两次，按第一次读取',
  'row-substitute': '“（六）其他处理”只印了一行合计，核对时以其代替各分项',
  'row-repaired': '某行多出一格，已删去唯一能使勾稽关系成立的那一格',
  'row-cell-count': '某行的格数与模板不符，且无法确定如何修正',
  'cell-position-inferred': '某行少印了格子，各数字的位置已按勾稽关系推定',
  'values-before-label': '表中第一行标签之前出现了数字：文本可能把每行的数字排在该行标签之前（PDF 文本顺序错乱），各行读到的可能是下一行的数字',
  'rows-in-doubt': '部分行的数字归属不确定：其间有一行没有自己标签的数字，或某行标签中含有另一行的序号',
  'cells-recovered': '表中数字粘连在一起，已按唯一满足全部勾稽关系的方式拆分',
  'cells-ambiguous': '表中数字粘连，有多种拆法都满足勾稽关系，无法确定的格子留空',
  'cells-unsolvable': '表中数字粘连，没有满足勾稽关系的拆法，这些格子留空',
  'cell-invalid': '某格内容不是应有类型的数值（件数、增减数或金额）',
  'label-approximate': '某个栏目名称与模板不完全一致，已按近似匹配读取',
  'header-repeated': '表中重复出现的表头已跳过',
  'text-unmatched': '表内有文字对应不上模板中的任何栏目',
  'reading-order': '表中数字按阅读顺序排列（PDF 无版式文本），已按模板和勾稽关系还原表格，并注明所用读法',
  'decoding-replaced': '解码时有字节无法读取，已替换为 U+FFFD（文件损坏或编码不对），该处文字已丢失',
  'template-guessed': '表二只有两版模板共有的栏目，已按报告年度选定模板（栏目含义随之而定）',
  'cells-least-broken': '表中数字粘连，且报告本身的勾稽关系不成立：已采用违反关系最少的拆法，不成立的关系另报“勾稽关系不符”',
  'check-failed': '勾稽关系不符',
  'check-not-assessable': '因单元格空白或缺失，这条勾稽关系无法核对',
};

/** A language the library writes its messages in. */
export type Locale = 'en' | 'zh';

/**
 * A message in Chinese: the Chinese text of its code, then the English sentence, which carries the
 * particulars (cells, numbers, labels as printed).
 *
 * @example
 * messageZh({ code: 'input-empty', message: 'The input is empty.' }); // → '输入为空（The input is empty.）'
 */
export function messageZh(message: Pick<Message, 'code' | 'message'>): string {
  const zh = (MESSAGE_ZH as Record<string, string | undefined>)[message.code];
  return zh === undefined ? message.message : `${zh}（${message.message}）`;
}

/**
 * A message's text in a locale: English as is, Chinese by {@link messageZh}.
 *
 * @example
 * messageText({ code: 'input-empty', message: 'The input is empty.' }, 'en'); // → 'The input is empty.'
 */
export function messageText(message: Pick<Message, 'code' | 'message'>, locale: Locale): string {
  return locale === 'zh' ? messageZh(message) : message.message;
}
