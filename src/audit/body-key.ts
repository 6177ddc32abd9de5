import { normalise } from '../normalise/normalise.js';

/**
 * The key reports are grouped by: the issuing body's name with character forms folded, traditional
 * characters simplified, spaces and punctuation dropped and a leading or trailing 关于 removed.
 * Nothing else is merged: 人民政府办公室 and 人民政府办公厅 stay two bodies (look-alike names are
 * reported, not merged).
 *
 * @example
 * bodyKey('平潭综合实验区 國有資產管理局'); // '平潭综合实验区国有资产管理局'
 */
export function bodyKey(name: string): string {
  const text = normalise(name).text.replace(/[\s\p{P}\p{S}]/gu, '');
  return text.replace(/^关于/u, '').replace(/关于$/u, '');
}
