/**
 * The page for people who do not program (web/): built with Vite's JS API into a temporary folder,
 * its initial JavaScript held to a size budget, then driven in Debian's headless Chromium (with
 * playwright-core) opened from disk (file://) and from a local HTTP server. The browser part is
 * skipped, with the reason in its name, when /usr/bin/chromium or playwright-core is absent.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellsHeader, formatCells } from '../../src/cli/format-cells.js';
import { MESSAGE_CODES, parseReport, toCells, type Report } from '../../src/index.js';
import { parsePdf } from '../../src/pdf.js';
import { encodeGbk } from '../../test/cli/gbk.js';
import { CODE_TEXT } from '../src/i18n.js';
import { cjkPdf } from './cjk-pdf.js';

const webDir = fileURLToPath(new URL('..', import.meta.url));
const repoDir = resolve(webDir, '..');
const corpus = (name: string) => join(repoDir, 'corpus', name);
const read = (name: string) => readFileSync(corpus(name), 'utf8');

/**
 * The initial JavaScript (the page's one script, before any file is dropped), gzip level 9.
 * Measured: 423.5 kB, 159.6 KiB gzipped (the library with opencc's t2cn dictionary, xregexp with its
 * Unicode data, htmlparser2 and entities; the page's own code is about 40 kB of it). After the Big5,
 * Taiwan-usage and audit additions and the paged lists: 468.2 KiB, 176.1 KiB gzipped. After issue 19's
 * readers (pdfminer's column runs, glued values, pandoc spans, three new warnings): 476.1 KiB, 179.1 KiB.
 * With xregexp out of the runtime (the inline heading pattern is composed at build time): 390.3 KiB,
 * 150.1 KiB gzipped.
 */
const BUDGET = { bytes: 396 * 1024, gzipBytes: 153 * 1024 };

const CHROMIUM = '/usr/bin/chromium';
/** Each browser test's limit: the first PDF loads pdf.js, a slow CI machine may take a while. */
const BROWSER_TIMEOUT = 90_000;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// playwright-core is a devDependency of this test only: without it (or without Chromium) the browser part is skipped.
const playwrightName = 'playwright-core';
const playwright = (await import(/* @vite-ignore */ playwrightName).catch(() => null)) as typeof import('playwright-core') | null;
const skipBrowser = !existsSync(CHROMIUM)
  ? `${CHROMIUM} is absent (apt-get install -y chromium)`
  : playwright === null
    ? 'playwright-core is not installed (npm install -D --save-exact playwright-core)'
    : null;

if (skipBrowser) console.warn(`web/test/page.test.ts: the browser tests are skipped: ${skipBrowser}.`);

let outDir = '';
let artefacts = '';

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'ogi-web-dist-'));
  artefacts = mkdtempSync(join(tmpdir(), 'ogi-web-test-'));
  await build({ configFile: join(webDir, 'vite.config.ts'), root: webDir, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}, 180_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** The scripts index.html loads by itself. */
function initialScripts(): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/gu)].map((m) => m[1]!);
}

describe('the built page', () => {
  it('is a folder that works from disk: classic scripts, no crossorigin, relative paths', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(html).not.toMatch(/type="module"|crossorigin|modulepreload/u);
    const scripts = initialScripts();
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^\.\/assets\/index-[\w-]+\.js$/u);
    expect(html).toMatch(/<link rel="stylesheet" href="\.\/assets\/[\w-]+\.css">/u);
  });

  it(`keeps the initial JavaScript within its budget (${BUDGET.bytes / 1024} KiB, ${BUDGET.gzipBytes / 1024} KiB gzipped)`, () => {
    const code = initialScripts().map((s) => readFileSync(join(outDir, s)));
    const bytes = code.reduce((n, c) => n + c.length, 0);
    const gzipBytes = code.reduce((n, c) => n + gzipSync(c, { level: 9 }).length, 0);
    console.log(`web: initial JavaScript ${(bytes / 1024).toFixed(1)} KiB, ${(gzipBytes / 1024).toFixed(1)} KiB gzipped`);
    expect(bytes).toBeLessThanOrEqual(BUDGET.bytes);
    expect(gzipBytes).toBeLessThanOrEqual(BUDGET.gzipBytes);
  });

  it('leaves the PDF and Word readers out of the initial script', () => {
    const main = readFileSync(join(outDir, initialScripts()[0]!), 'utf8');
    expect(main).not.toContain('WorkerMessageHandler'); // pdf.js
    expect(main).not.toContain('convertToHtml'); // mammoth
    const assets = readdirSync(join(outDir, 'assets'));
    expect(assets.some((f) => /^pdf-\w+\.js$/u.test(f))).toBe(true);
    expect(readdirSync(join(outDir, 'assets/pdfjs/cmaps'))).toContain('UniGB-UCS2-H.js');
  });

  it('has Chinese and English words for every message code', () => {
    for (const code of Object.keys(MESSAGE_CODES)) {
      expect(CODE_TEXT, code).toHaveProperty(code);
      expect(CODE_TEXT[code as keyof typeof CODE_TEXT].zh, code).toMatch(/\p{Script=Han}/u);
      expect(CODE_TEXT[code as keyof typeof CODE_TEXT].en, code).toMatch(/^[A-Z]/u);
    }
  });
});

/** What `ogi-report cells` writes for a report: what the page's CSV download must hold (after its BOM). */
const cliCsv = (report: Report, file: string) => cellsHeader('file') + formatCells('file', file, report, { parseReport, toCells }, 'csv');

/** A text report with its tab-separated tables as HTML tables, inside a page with some CMS chrome. */
function wrapInHtml(text: string): string {
  const esc = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
  const out: string[] = [];
  let rows: string[] = [];
  const flush = () => {
    if (rows.length) out.push(`<table border="1">\n${rows.join('\n')}\n</table>`);
    rows = [];
  };
  for (const line of text.split('\n')) {
    if (line.includes('\t')) rows.push(`<tr>${line.split('\t').map((c) => `<td>${esc(c.trim())}</td>`).join('')}</tr>`);
    else {
      flush();
      if (line.trim()) out.push(`<p>${esc(line.trim())}</p>`);
    }
  }
  flush();
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>政府信息公开</title></head>\n<body><div class="nav">首页 &gt; 政务公开 &gt; 年度报告</div>\n<div class="article">\n${out.join('\n')}\n</div><div class="footer">版权所有 网站标识码</div></body></html>\n`;
}

describe.skipIf(skipBrowser !== null)(`the page in Chromium${skipBrowser ? ` — skipped: ${skipBrowser}` : ''}`, () => {
  let browser: Browser;
  let context: BrowserContext;
  let server: Server;
  let httpUrl = '';
  let fileUrl = '';

  beforeAll(async () => {
    browser = await playwright!.chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    fileUrl = pathToFileURL(join(outDir, 'index.html')).href;
    const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
    server = createServer((req, res) => {
      const path = join(outDir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/\/$/u, '/index.html'));
      if (!path.startsWith(outDir) || !existsSync(path) || !statSync(path).isFile()) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    httpUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
  });

  /** A fresh page, with every request and every console error recorded. */
  async function open(url: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    await page.goto(url);
    await page.waitForSelector('body.ready');
    return { page, requests, errors };
  }

  /** How many times the page has drawn a report: the helpers wait for the next one. */
  const renders = (page: Page) => page.evaluate(() => Number(document.body.dataset.renders ?? 0));
  const paste = async (page: Page, text: string) => {
    const before = await renders(page);
    await page.fill('#input', text);
    await page.waitForFunction((n) => Number(document.body.dataset.renders) > n, before);
  };
  const rowText = (page: Page, table: number, row: string) => page.$$eval(`[data-cell^="${table}:${row}:"]`, (els) => els.map((e) => e.textContent).join(' '));
  const download = async (page: Page, button: string): Promise<string> => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    return readFileSync((await d.path()), 'utf8');
  };
  const loadFile = async (page: Page, path: string, name?: string, bytes?: Uint8Array) => {
    const before = await renders(page);
    await page.setInputFiles('#file', bytes ? { name: name!, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) } : path);
    // A new report, or a message that the file cannot be read here.
    const file = name ?? path.split('/').pop()!;
    await page.waitForFunction(
      ([n, f]) => Number(document.body.dataset.renders) > Number(n) || (document.getElementById('status')!.classList.contains('problem') && document.getElementById('status')!.textContent.startsWith(String(f))),
      [before, file] as const,
      { timeout: 60_000 },
    );
  };

  it('opened from disk, reads a pasted report: tables as in the template, the repair, a message that finds its place', async () => {
    const { page, requests, errors } = await open(fileUrl);
    const text = read('seed-luohe-2021.txt');
    await paste(page, text);
    const report = parseReport(text.replace(/\r\n?/gu, '\n'));

    expect(await page.textContent('#summary')).toContain('漯河回族自治县人民政府');
    expect(await page.textContent('#summary')).toContain('2021 年版模板');
    expect(await rowText(page, 3, 'total')).toBe('8 3 0 0 0 0 11');
    expect(await rowText(page, 4, 'reconsideration')).toBe('0 2 0 0 2');
    // The official layout: 22 rows under 三、本年度办理结果 in the 2021 template, 15 values in table 4's one row.
    expect(await page.getAttribute('#table-3 th.gl >> nth=0', 'rowspan')).toBe('22');
    expect(await page.$$eval('#table-4 tbody td', (els) => els.length)).toBe(15);
    // A cell's text and place on hover.
    const title = await page.getAttribute('[data-cell="3:total:total"]', 'title');
    expect(title).toMatch(/原文：“11”　位置：第 \d+ 行第 \d+ 列/u);

    // The repair message; clicking it selects its place in the text.
    const repaired = report.messages.find((m) => m.code === 'row-repaired')!;
    const button = page.locator('#messages button[data-code="row-repaired"]').first();
    await expect(button.textContent()).resolves.toContain('某行多出一格');
    await button.click();
    expect(await page.$eval('#input', (el) => [(el as HTMLTextAreaElement).selectionStart, (el as HTMLTextAreaElement).selectionEnd])).toEqual([repaired.span!.start, repaired.span!.end]);
    // Clicking a cell selects it too.
    await page.click('[data-cell="3:total:naturalPerson"]');
    const cell = report.tables.t3!.rows.total!.cells.naturalPerson;
    expect(await page.$eval('#input', (el) => [(el as HTMLTextAreaElement).selectionStart, (el as HTMLTextAreaElement).selectionEnd])).toEqual([cell.span!.start, cell.span!.end]);

    // Downloads: the report as JSON; the cells as `ogi-report cells` writes them, with a BOM for Excel.
    expect(JSON.parse(await download(page, '#download-json'))).toEqual(JSON.parse(JSON.stringify(report)));
    expect(await download(page, '#download-csv')).toBe('\ufeff' + cliCsv(report, ''));

    // Nothing was fetched but the page's own files: no PDF or Word reader, nothing off the disk.
    expect(requests.every((u) => u.startsWith('file://'))).toBe(true);
    expect(requests.some((u) => /\/pdf-|\/docx-/u.test(u))).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  }, BROWSER_TIMEOUT);

  it('highlights a failed check on its cells, with the rule in plain Chinese', async () => {
    const { page, errors } = await open(fileUrl);
    await paste(page, read('t2021-damaged.txt'));
    const failed = await page.$$eval('#table-4 td.failed', (els) => els.map((e) => e.getAttribute('data-cell')));
    expect(failed.sort()).toEqual(['4:reconsideration:corrected', '4:reconsideration:otherOutcome', '4:reconsideration:pending', '4:reconsideration:total', '4:reconsideration:upheld']);
    expect(await page.textContent('[data-cell="4:reconsideration:total"]')).toBe('3');
    expect(await page.getAttribute('[data-cell="4:reconsideration:total"]', 'title')).toContain('勾稽关系不符：「行政复议」行：3 ≠ 4（总计等于结果维持、结果纠正、其他结果、尚未审结之和）');
    expect(await page.textContent('#checks-badge')).toBe('✗ 1 处勾稽关系不符');
    expect(await page.textContent('#table-4 .failed-list')).toContain('规则：总计等于结果维持、结果纠正、其他结果、尚未审结之和');
    expect(await page.$$eval('td.failed', (els) => els.length)).toBe(5);
    const message = page.locator('#messages button[data-code="check-failed"]');
    expect(await message.textContent()).toContain('表四「行政复议」行：3 ≠ 4');
    await message.click();
    expect(await page.$eval('[data-cell="4:reconsideration:total"]', (el) => el.classList.contains('focus'))).toBe(true);

    // The picture to look at: a laptop screen, the failed check selected.
    const shot = join(artefacts, 'screenshot.png');
    await page.screenshot({ path: shot });
    writeFileSync('/tmp/page.png', readFileSync(shot));
    await page.setViewportSize({ width: 1440, height: 2600 });
    await page.screenshot({ path: join(artefacts, 'screenshot-tall.png') });
    // The print layout, as a PDF.
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#input')).toBe(false);
    expect(await page.isVisible('#table-3 table')).toBe(true);
    await page.pdf({ path: join(artefacts, 'print.pdf'), format: 'A4', printBackground: true });
    console.log(`web: screenshots and the print PDF in ${artefacts} (and /tmp/page.png)`);
    expect(errors).toEqual([]);
    await page.close();
  }, BROWSER_TIMEOUT);

  it('reads HTML pages: the cells are those the library gives in Node', async () => {
    const { page, errors } = await open(fileUrl);
    const pages = [
      ...readdirSync(join(repoDir, 'corpus')).filter((f) => f.endsWith('.html')).map((f) => ({ name: f, html: read(f) })),
      { name: 'wrapped t2021-tabs.txt', html: wrapInHtml(read('t2021-tabs.txt')) },
    ];
    for (const { name, html } of pages) {
      await paste(page, html);
      const report = parseReport(html.replace(/\r\n?/gu, '\n'));
      expect(report.input.kind, name).toBe('html');
      expect(await page.textContent('#summary'), name).toContain('网页 HTML');
      expect(await download(page, '#download-csv'), name).toBe('\ufeff' + cliCsv(report, ''));
      if (report.tables.t3?.rows.total) {
        const values = Object.values(report.tables.t3.rows.total.cells).map((c) => (c.status === 'number' ? String(c.value) : (c.raw ?? '·').trim() || ''));
        expect(await rowText(page, 3, 'total'), name).toBe(values.join(' '));
      }
    }
    expect(errors).toEqual([]);
    await page.close();
  }, BROWSER_TIMEOUT);

  it('reads dropped text files in any encoding (UTF-16, GBK)', async () => {
    const { page, errors } = await open(fileUrl);
    const text = read('t2019-tabs.txt');
    const utf16 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    await loadFile(page, '', 'report-utf16.txt', utf16);
    expect(await page.textContent('#summary')).toContain('utf-16le');
    expect(await page.textContent('#summary')).toContain('2019 年版模板');
    const report = parseReport(text.replace(/\r\n?/gu, '\n'));
    expect(await download(page, '#download-csv')).toBe('\ufeff' + cliCsv(report, 'report-utf16.txt'));

    const gbkText = read('t2021-tabs.txt');
    await loadFile(page, '', 'report-gbk.txt', encodeGbk(gbkText));
    expect(await page.textContent('#summary')).toContain('gb18030');
    expect(await download(page, '#download-csv')).toBe('\ufeff' + cliCsv(parseReport(gbkText.replace(/\r\n?/gu, '\n')), 'report-gbk.txt'));
    expect(errors).toEqual([]);
    await page.close();
  }, BROWSER_TIMEOUT);

  it('reads a dropped PDF from disk, loading the PDF reader only then: the same cells as parsePdf in Node', async () => {
    const { page, requests, errors } = await open(fileUrl);
    expect(requests.some((u) => u.includes('/pdf-'))).toBe(false);
    for (const name of ['report-2021-ruled.pdf', 'report-2021-unruled.pdf']) {
      const path = corpus(`pdf/${name}`);
      await loadFile(page, path);
      expect(await page.textContent('#summary'), name).toContain('PDF 文件');
      const report = await parsePdf(new Uint8Array(readFileSync(path)));
      expect(await page.$eval('#input', (el) => (el as HTMLTextAreaElement).value), name).toBe(report.pdf.text);
      expect(await download(page, '#download-csv'), name).toBe('\ufeff' + cliCsv(report, name));
      // A cell's place: its line and its PDF page.
      expect(await page.getAttribute('[data-cell="3:total:total"]', 'title'), name).toMatch(/PDF 第 \d+ 页/u);
    }
    // Chinese text in a font that is not embedded: pdf.js needs its CMaps, here classic scripts loaded on demand.
    const cjk = cjkPdf(read('t2021-tabs.txt'));
    await loadFile(page, '', 'cjk-not-embedded.pdf', cjk);
    const cjkReport = await parsePdf(cjk);
    expect(cjkReport.pdf.text).toContain('收到和处理政府信息公开申请情况');
    expect(await page.$eval('#input', (el) => (el as HTMLTextAreaElement).value)).toBe(cjkReport.pdf.text);
    expect(await download(page, '#download-csv')).toBe('\ufeff' + cliCsv(cjkReport, 'cjk-not-embedded.pdf'));
    expect(requests.some((u) => u.endsWith('/assets/pdfjs/cmaps/UniGB-UCS2-H.js'))).toBe(true);

    expect(requests.filter((u) => u.includes('/pdf-'))).toHaveLength(1);
    expect(requests.some((u) => u.startsWith('blob:'))).toBe(true); // pdf.js's worker
    for (const [name, code] of [['scanned.pdf', 'pdf-no-text'], ['encrypted.pdf', 'pdf-encrypted']] as const) {
      await loadFile(page, corpus(`pdf/${name}`));
      expect(await page.locator(`#messages button[data-code="${code}"]`).count(), name).toBe(1);
    }
    expect(requests.every((u) => u.startsWith('file://') || u.startsWith('blob:'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 2 * BROWSER_TIMEOUT);

  it('reads a dropped Word file with the Word reader, or says clearly that it cannot', async () => {
    const docx = corpus('docx/report-2021.docx');
    if (!existsSync(docx)) return;
    const { page, errors } = await open(fileUrl);
    await loadFile(page, docx);
    const built = readdirSync(join(outDir, 'assets')).some((f) => /^docx-\w+\.js$/u.test(f));
    if (built) {
      const { parseDocx } = await import('../../src/docx.js');
      const report = await parseDocx(new Uint8Array(readFileSync(docx)));
      expect(await page.textContent('#summary')).toContain('Word 文件');
      expect(await download(page, '#download-csv')).toBe('\ufeff' + cliCsv(report, 'report-2021.docx'));
    } else {
      expect(await page.textContent('#status')).toContain('此页面暂不能读取 Word (.docx) 文件');
    }
    expect(errors).toEqual([]);
    await page.close();
  }, BROWSER_TIMEOUT);

  /** A report whose table 3 has 100,000 rows more than the template: 200,023 messages. */
  function hugeReport(): string {
    const lines = read('t2021-tabs.txt').split('\n');
    const at = lines.findIndex((l) => l.includes('（七）总计'));
    const extra = Array.from({ length: 100_000 }, (_, i) => `其他事项${i}\t\t1\t0\t0\t0\t0\t0\t1`);
    return [...lines.slice(0, at), ...extra, ...lines.slice(at)].join('\n');
  }

  it('draws a report with 200,000 messages a page at a time, and stays responsive', async () => {
    const { page, errors } = await open(fileUrl);
    const before = await renders(page);
    // Set at once (typing 2.5 MB would take long), then the input event the page listens to.
    await page.$eval('#input', (el, text) => {
      (el as HTMLTextAreaElement).value = text;
      el.dispatchEvent(new Event('input'));
    }, hugeReport());
    await page.waitForFunction((n) => Number(document.body.dataset.renders) > n || document.getElementById('status')!.classList.contains('problem'), before, { timeout: 120_000 });
    expect(errors).toEqual([]);
    expect(await page.textContent('#status')).toBe('');
    expect(await page.textContent('#message-count')).toBe('（200023）');
    // One page of messages, and the button for the next.
    expect(await page.$$eval('#messages > li:not(.more)', (els) => els.length)).toBe(200);
    expect(await page.textContent('#messages > li.more')).toBe('再显示 200 条（还有 199823 条）');
    await page.click('#messages .show-more');
    expect(await page.$$eval('#messages > li:not(.more)', (els) => els.length)).toBe(400);
    expect(await page.textContent('#messages > li.more')).toBe('再显示 200 条（还有 199623 条）');
    // The extra rows of table 3 too.
    expect(await page.$$eval('#table-3 .extra-rows li:not(.more)', (els) => els.length)).toBe(200);
    // Responsive: nothing left running once it is drawn, a small DOM, a click on a cell answered.
    const started = Date.now();
    await page.evaluate(() => 1);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await page.$$eval('*', (els) => els.length)).toBeLessThan(5_000);
    const ms = await page.$eval('[data-cell="3:total:total"]', (el) => {
      const t = performance.now();
      (el as HTMLElement).click();
      return performance.now() - t;
    });
    const [start, end] = await page.$eval('#input', (el) => [(el as HTMLTextAreaElement).selectionStart, (el as HTMLTextAreaElement).selectionEnd]);
    const span = await page.$eval('[data-cell="3:total:total"]', (el) => [Number((el as HTMLElement).dataset.start), Number((el as HTMLElement).dataset.end)]);
    expect([start, end]).toEqual(span);
    expect(end).toBeGreaterThan(start);
    console.log(`web: 200,000-message report: a click on a cell handled in ${ms.toFixed(0)} ms`);
    expect(errors).toEqual([]);
    await page.close();
  }, 4 * BROWSER_TIMEOUT);

  it('names an uploaded file as a file, reads a .txt as text, says when a file is empty, defuses formulas in the CSV', async () => {
    const { page, errors } = await open(fileUrl);
    // A .txt whose first line is a tag, under a name a spreadsheet would run as a formula.
    const text = `<img src="banner.png"> 说明\n${read('t2021-tabs.txt')}`;
    const name = '=SUM(1+1) tag-first.txt';
    await loadFile(page, '', name, new TextEncoder().encode(text));
    const summary = await page.textContent('#summary');
    expect(summary).toContain(`${name} · 文本文件 · utf-8`);
    expect(summary).not.toContain('粘贴的文字');
    expect(summary).toContain('2021 年版模板');
    const csv = await download(page, '#download-csv');
    expect(csv).toBe('\ufeff' + cliCsv(parseReport(text, { format: 'text' }), name));
    expect(csv.split('\r\n')[1]).toMatch(/^'=SUM\(1\+1\) tag-first\.txt,2021,青禾市清河区人民政府,2021,/u);

    await page.setInputFiles('#file', { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('empty.txt'));
    expect(await page.textContent('#status')).toBe('empty.txt：文件是空的（没有内容，或只有空白），没有可读取的报告。');
    expect(await page.getAttribute('#status', 'class')).toContain('problem');
    expect(errors).toEqual([]);
    await page.close();
  }, BROWSER_TIMEOUT);

  it('prints the print-time line under the messages, and keeps headings with what follows', async () => {
    const { page, errors } = await open(fileUrl);
    await paste(page, read('r2019-flat.txt')); // ten messages: more than the screen's messages pane holds
    await page.emulateMedia({ media: 'print' });
    const boxes = await page.evaluate(() => {
      const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
      const last = [...document.querySelectorAll('#messages > li')].pop()!.getBoundingClientRect();
      return { printedTop: box('#printed-at').top, messagesBottom: last.bottom, breakAfter: getComputedStyle(document.querySelector('#table-3 h3')!).breakAfter };
    });
    expect(boxes.printedTop).toBeGreaterThanOrEqual(boxes.messagesBottom);
    expect(boxes.breakAfter).toBe('avoid');
    // On paper: no text of the page that has the print-time line is printed across it.
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), cMapUrl: `${join(repoDir, 'node_modules/pdfjs-dist/cmaps')}/`, cMapPacked: true }).promise;
    let checked = false;
    for (let n = 1; n <= doc.numPages; n++) {
      type Item = { str: string; transform: number[]; height: number };
      const items = ((await (await doc.getPage(n)).getTextContent()).items as unknown as Partial<Item>[]).filter((i): i is Item => typeof i.str === 'string' && i.str.trim() !== '');
      // Chromium's PDF has one text item per CJK character: 打 印 时 间 ： and the time.
      const at = items.findIndex((i, k) => i.str === '打' && items[k + 1]?.str === '印' && items[k + 2]?.str === '时');
      if (at < 0) continue;
      checked = true;
      const line = items.slice(at, at + 6);
      const y = line[0]!.transform[5]!;
      const across = items.filter((i) => !line.includes(i) && Math.abs(i.transform[5]! - y) < Math.max(i.height, line[0]!.height));
      expect(across.map((i) => i.str).join('')).toBe('');
    }
    expect(checked).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, BROWSER_TIMEOUT);

  it('audits several files chosen at once: the findings by body and year, in Chinese, then in English', async () => {
    const { page, errors } = await open(fileUrl);
    const before = await renders(page);
    const files = ['shimen-town-2022.txt', 'shimen-town-2023.txt', 'nantang-market-2023.txt', 'xiyuan-street-2023.txt', 'beihu-health-2023.txt'];
    await page.setInputFiles('#file', files.map((f) => corpus(`audit/${f}`)));
    await page.waitForFunction((n) => Number(document.body.dataset.renders) > n && document.querySelector('.audit') !== null, before, { timeout: 60_000 });
    expect(await page.textContent('.audit h2')).toBe('多份报告审查（5）');
    expect(await page.textContent('.audit-counts')).toBe('错误 1 项，警告 1 项，说明 0 项');
    expect(await page.$$eval('.audit h3', (els) => els.map((e) => e.textContent))).toEqual(['石门镇人民政府', '涉及多个机关或未能归属的报告', '已读取的文件']);
    expect(await page.$$eval('.audit h4', (els) => els.map((e) => e.textContent))).toEqual(['2022–2023', '2023']);
    expect(await page.$$eval('.audit-findings li', (els) => els.map((e) => e.getAttribute('data-kind')))).toEqual(['carry-over', 'similar-text']);
    expect(await page.textContent('.audit-findings li .title')).toContain('表三“四、结转下年度继续办理”');
    await page.click('#lang');
    expect(await page.textContent('.audit h2')).toBe('Audit of several reports（5）');
    expect(await page.textContent('.audit-findings li .title')).toContain("table 3's 四、结转下年度继续办理 of 2022");
    await page.click('#lang');
    expect(errors).toEqual([]);
    await page.close();
  }, BROWSER_TIMEOUT);

  it('served over HTTP, works the same and asks nothing of any other host; switches to English and back', async () => {
    const { page, requests, errors } = await open(httpUrl);
    await paste(page, read('seed-luohe-2021.txt'));
    expect(await rowText(page, 3, 'total')).toBe('8 3 0 0 0 0 11');
    await page.click('#lang');
    expect(await page.textContent('h1')).toBe('Annual report checker (政府信息公开工作年度报告)');
    expect(await page.textContent('#table-3 h3')).toBe('Table 3 · Requests received and handled');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.click('#lang');
    expect(await page.textContent('h1')).toBe('政府信息公开工作年度报告检查工具');
    expect(requests.every((u) => u.startsWith(httpUrl))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, BROWSER_TIMEOUT);
});
