/** A metadata value found in the page, with the span of the value in the original HTML string. */
export interface MetaField {
  /** The value as rendered text (entities decoded, whitespace collapsed). */
  value: string;
  /** Offset in the HTML of the value's first character. */
  start: number;
  /** Offset in the HTML just past the value's last character (or entity). */
  end: number;
}

/** Metadata of the CMS block around the report (索引号/发布机构/发布日期/来源…) and the page <title>. */
export interface HtmlMeta {
  /** 发布机构 / 发文机关 / 发布单位 / 信息来源 / 来源, best label first. */
  publisher?: MetaField;
  /** 发布日期 / 公开日期 / 发布时间 / 时间 / 发文日期 / 成文日期, narrowed to the date when one is found. */
  date?: MetaField;
  /** The document's <title>. */
  title?: MetaField;
}

/** Result of {@link htmlToText}. */
export interface HtmlText {
  /** Plain text: block elements end lines; a table row is one line with cells joined by '\t'. */
  text: string;
  /** map[i] = offset in the original HTML string of text[i]; map[text.length] = html.length. Length text.length+1. */
  map: Int32Array;
  /** Metadata found in the CMS block around the report, each with the span of its value in the HTML. */
  meta: HtmlMeta;
}
