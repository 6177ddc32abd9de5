import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/read/html/index.js';

const REPORT =
  '<div class="article-content">' +
  '<p>一、总体情况</p><p>2021年，本机关坚持以公开为常态、不公开为例外。</p>' +
  '<p>三、收到和处理政府信息公开申请情况</p>' +
  '<table border="1"><tr><td>项目</td><td>自然人</td><td>总计</td></tr>' +
  '<tr><td>一、本年新收政府信息公开申请数量</td><td>5</td><td>5</td></tr>' +
  '<tr><td>二、上年结转政府信息公开申请数量</td><td>1</td><td>1</td></tr></table>' +
  '</div>';
const REPORT_LINES = [
  '一、总体情况',
  '2021年，本机关坚持以公开为常态、不公开为例外。',
  '三、收到和处理政府信息公开申请情况',
  '项目\t自然人\t总计',
  '一、本年新收政府信息公开申请数量\t5\t5',
  '二、上年结转政府信息公开申请数量\t1\t1',
];

/** A typical government CMS page around the report. */
const PAGE = `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>某某县2021年度政府信息公开工作年度报告_某某县人民政府</title>
<script>var nav = "<div>not text</div>";</script>
<style>.nav { color: red }</style><link rel="stylesheet" href="x.css">
</head>
<body>
<div class="topbar"><a href="#">登录</a> <a href="#">无障碍</a></div>
<div id="header"><div class="logo"><img src="logo.png" alt="某某县人民政府"></div>
  <div class="search-box"><form><input name="q"><button>搜索</button></form></div></div>
<nav class="main-nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></nav>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="#">政府信息公开年报</a></div>
<div class="main">
  <table class="xxgk_table">
    <tr><td>索&nbsp;引&nbsp;号：</td><td>11350100MB0000000X/2022-00012</td><td>发布机构：</td><td>某某县人民政府办公室</td></tr>
    <tr><td>发文日期：</td><td>2022-01-25</td><td>发布日期：</td><td>2022-01-28</td></tr>
    <tr><td>名　　称：</td><td colspan="3">某某县2021年度政府信息公开工作年度报告</td></tr>
  </table>
  <h1 class="article-title">某某县2021年度政府信息公开工作年度报告</h1>
  <div class="share-bar">分享到：<a href="#">微信</a><a href="#">微博</a></div>
  ${REPORT}
  <div class="related-links"><h3>相关文章</h3><ul><li><a href="#">某某县2020年度报告</a></li></ul></div>
  <p style="display: none">隐藏文字</p>
  <select><option>部门网站</option><option>区县网站</option></select>
</div>
<div class="footer"><p>版权所有：某某县人民政府</p><p>网站标识码：1234</p></div>
<script>document.write('<p>x</p>')</script>
</body></html>`;

describe('htmlToText page chrome and metadata', () => {
  it('strips head, scripts, nav, breadcrumb, share bar, related links, hidden text, footer and the 索引号 table', () => {
    const { text } = htmlToText(PAGE);
    expect(text.split('\n')).toEqual(['某某县2021年度政府信息公开工作年度报告', ...REPORT_LINES]);
  });

  it('reads publisher, date and title from the page, with spans into the HTML', () => {
    const { meta } = htmlToText(PAGE);
    expect(meta.publisher?.value).toBe('某某县人民政府办公室');
    expect(meta.date?.value).toBe('2022-01-28'); // 发布日期 preferred over 发文日期
    expect(meta.title?.value).toBe('某某县2021年度政府信息公开工作年度报告_某某县人民政府');
    for (const f of [meta.publisher!, meta.date!, meta.title!]) expect(PAGE.slice(f.start, f.end)).toBe(f.value);
  });

  it.each([
    [
      'a <ul> of label/value items',
      '<div class="xxgk-info"><ul><li><label>索引号：</label><span>000014349/2022-00005</span></li>' +
        '<li><label>发布机构：</label><span>市统计局</span></li><li><label>成文日期：</label><span>2022年01月20日</span></li>' +
        '<li><label>发布日期：</label><span>2022年01月21日</span></li></ul></div>',
      '市统计局',
      '2022年01月21日',
    ],
    [
      'one line of spans (来源/时间)',
      '<div class="info"><span class="source">来源：平潭县人民政府</span>\n   <span class="time">时间：2022-02-08 16:34</span></div>',
      '平潭县人民政府',
      '2022-02-08',
    ],
    [
      'a table with label cells without colons',
      '<table><tr><td>索引号</td><td>ABC-2022-1</td><td>发文机关</td><td>某某区司法局</td></tr><tr><td>成文日期</td><td>2022/1/5</td><td>有效性</td><td>有效</td></tr></table>',
      '某某区司法局',
      '2022/1/5',
    ],
    [
      'entity-padded values',
      '<p>发布机构：&nbsp;某某镇人民政府&nbsp;&nbsp;发布日期：&nbsp;2023年1月9日</p>',
      '某某镇人民政府',
      '2023年1月9日',
    ],
  ])('finds the metadata block as %s and leaves it out of the text', (_name, block, publisher, date) => {
    const html = `<html><body>${block}${REPORT}</body></html>`;
    const { text, meta } = htmlToText(html);
    expect(text.split('\n')).toEqual(REPORT_LINES);
    expect(meta.publisher?.value).toBe(publisher);
    expect(meta.date?.value).toBe(date);
    expect(html.slice(meta.publisher!.start, meta.publisher!.end).replace(/&nbsp;/g, '')).toBe(publisher);
    expect(html.slice(meta.date!.start, meta.date!.end)).toBe(date);
  });

  it('does not take report prose or table rows for metadata', () => {
    const html = '<p>时间：2021年全年</p><p>（本列数据的勾稽关系为：第一项加第二项之和）</p><table><tr><td>来源</td><td>3</td></tr></table>';
    const { text, meta } = htmlToText(html);
    expect(text).toBe('时间：2021年全年\n（本列数据的勾稽关系为：第一项加第二项之和）\n来源\t3');
    expect(meta).toEqual({});
  });

  it('keeps a chrome-named element that holds a data table', () => {
    const html = `<div class="nav">首页</div><div class="header-wrap">${REPORT}</div><div class="footer">版权所有</div>`;
    expect(htmlToText(html).text.split('\n')).toEqual(REPORT_LINES);
  });

  it('keeps a chrome-named element that holds a report table even with every cell blank', () => {
    const blank = '<table><tr><td>结果维持</td><td>结果纠正</td><td>总计</td></tr><tr><td>&nbsp;</td><td></td><td>-</td></tr></table>';
    const html = `<div class="links">${blank}</div><div class="main"><p>${'正文'.repeat(40)}</p></div>`;
    expect(htmlToText(html).text.split('\n')).toEqual(['结果维持\t结果纠正\t总计', '\t\t-', '正文'.repeat(40)]);
  });

  it('keeps a chrome-named wrapper that holds most of the text', () => {
    const prose = '本机关认真贯彻落实条例，'.repeat(10);
    const html = `<div id="page-with-sidebar"><div class="menu">首页 政务公开</div><p>一、总体情况</p><p>${prose}</p></div>`;
    expect(htmlToText(html).text.split('\n')).toEqual(['一、总体情况', prose]);
  });

  it('drops chrome made of a layout table without numbers, and chrome cells of a layout table', () => {
    const html =
      '<div class="navbar"><table><tr><td><a>首页</a></td><td><a>政务公开</a></td></tr><tr><td>互动交流</td><td>办事服务</td></tr></table></div>' +
      '<table width="100%"><tr><td class="left-menu">栏目导航</td><td>' + REPORT + '</td></tr></table>';
    expect(htmlToText(html).text.split('\n')).toEqual(REPORT_LINES);
  });

  it.each([
    ['<nav>', '<nav>首页</nav>'],
    ['<header>', '<header><a>首页</a></header>'],
    ['<footer>', '<footer>版权所有</footer>'],
    ['<aside>', '<aside>热点</aside>'],
    ['class "crumbs"', '<div class="crumbs">当前位置</div>'],
    ['id "copyright"', '<div id="copyright">版权</div>'],
    ['class "friendLinks"', '<ul class="friendLinks"><li>政府网</li></ul>'],
    ['class "login_box"', '<div class="login_box">用户名</div>'],
    ['hidden attribute', '<div hidden>隐藏</div>'],
    ['visibility:hidden', '<span style="VISIBILITY: hidden">隐藏</span>'],
    ['<noscript>', '<noscript>请启用脚本</noscript>'],
    ['<template>', '<template><p>模板</p></template>'],
    ['<iframe>', '<iframe src="x">框架</iframe>'],
    ['<svg>', '<svg><text>图</text><title>标题</title></svg>'],
    ['<textarea>', '<textarea>留言</textarea>'],
  ])('drops %s', (_name, chrome) => {
    expect(htmlToText(`${chrome}${REPORT}`).text.split('\n')).toEqual(REPORT_LINES);
  });

  it('keeps headings and table cells whose class mentions "header"', () => {
    const html = '<h2 class="section-header">二、主动公开政府信息情况</h2><table><tr><th class="header">信息内容</th><th class="header">本年制发件数</th></tr><tr><td>规章</td><td>1</td></tr></table>';
    expect(htmlToText(html).text).toBe('二、主动公开政府信息情况\n信息内容\t本年制发件数\n规章\t1');
  });
});
