import { describe, expect, it } from 'vitest';
import { looksLikeHtml } from '../../src/read/html/index.js';

describe('looksLikeHtml', () => {
  it.each([
    ['doctype', '<!DOCTYPE html><html><body>x</body></html>'],
    ['leading blank and <html>', '\n\n  <html lang="zh-CN">'],
    ['comment first', '<!-- saved from url=(0050) -->\n<html>'],
    ['xml declaration', '<?xml version="1.0" encoding="utf-8"?><html>'],
    ['fragment starting with a tag', '<div class="content"><p>一、总体情况</p></div>'],
    ['text with <p> tags later', '平潭综合实验区2021年度报告\n<p>一、总体情况</p>'],
    ['text with a table later', `${'正文'.repeat(1000)}<table border=1><tr><td>1</td></tr></table>`],
    ['text with <br/>', '一、总体情况<br/>本年度'],
    ['upper-case tags', 'x<TABLE><TR><TD>1</TD></TR></TABLE>'],
  ])('true for %s', (_name, input) => {
    expect(looksLikeHtml(input)).toBe(true);
  });

  it.each([
    ['tab-separated report text', '一、总体情况\n信息内容\t本年制发件数\n规章\t0'],
    ['empty', ''],
    ['comparison signs', '收费金额<10万元，且 a > b'],
    ['a word in angle brackets', '见附件<附表一>说明'],
    ['markdown', '# 一、总体情况\n| 规章 | 0 |'],
    ['a tag name only as text', 'the table and p elements'],
  ])('false for %s', (_name, input) => {
    expect(looksLikeHtml(input)).toBe(false);
  });

  it('stays fast on long text full of "<"', () => {
    const input = '<'.repeat(200_000) + 'a'.repeat(200_000);
    const t = performance.now();
    expect(looksLikeHtml(input)).toBe(false);
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
