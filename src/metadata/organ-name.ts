// How the name of a government organ ends: 人民政府, 办公厅, 办公室, …局, …委员会, 街道办事处, 管理委员会 …
const ORGAN_END = /(?:人民政府|政府|办公厅|办公室|委员会|管委会|管理局|局|厅|委|办|署|院|中心|事务所|所|站|队|街道办事处|办事处|街道|镇|乡|苏木|公司|集团|银行|大学|学校|医院|馆|会|部|处|社|台|室)$/u;
// Not a name: sentence marks, book-title marks, quotes, or the words a report's first sentence starts with.
const NOT_A_NAME = /[《》。，,;；:：“”"、()（）]|本年度|本报告|根据|按照|依据|现将|以下简称/u;

/**
 * The name of the organ that issued a report, from the text before the year in its title: the text
 * itself when it ends like an organ's name (人民政府, 办公室, …局, …委员会, 街道办事处 …), else its
 * longest start that does, else `null` — a sentence fragment ("本年度报告根据《中华人民共和国") is not
 * a name. Returns how many characters of `text` the name takes.
 *
 * @example
 * organNameLength('平潭综合实验区经济发展局'); // 12
 * organNameLength('本年度报告根据《中华人民共和国'); // 0
 */
export function organNameLength(text: string): number {
  if (text.length < 2 || text.length > 40 || NOT_A_NAME.test(text)) return 0;
  if (ORGAN_END.test(text)) return text.length;
  for (let n = text.length - 1; n >= 4; n--) if (ORGAN_END.test(text.slice(0, n))) return n;
  return 0;
}
