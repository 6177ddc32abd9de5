/**
 * The language of the user's locale: 'zh' when LC_ALL, LC_MESSAGES or LANG (the first set) starts
 * with zh, else 'en'.
 *
 * @example
 * localeLang({ LANG: 'zh_CN.UTF-8' }); // 'zh'
 */
export function localeLang(env: NodeJS.ProcessEnv = process.env): 'zh' | 'en' {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/iu.test(locale) ? 'zh' : 'en';
}
