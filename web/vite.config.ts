/**
 * The page for people who do not program: `vite build web` → `web/dist/`, a folder that works opened
 * from disk (file://) or from any static host.
 *
 * Chromium refuses ES module scripts, `import()` and worker files on file:// pages, so:
 * - the page's own script is a classic script (an IIFE, `<script defer>`, no `crossorigin`);
 * - the heavy parts (the PDF reader, the Word reader) are separate classic scripts, built here by
 *   nested builds and loaded with a `<script>` element only when such a file is dropped;
 * - pdf.js's worker runs from a Blob URL (its code is a string inside the PDF script), and the
 *   CMaps and standard fonts it asks for are small classic scripts loaded one by one on demand.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type InlineConfig, type Plugin } from 'vite';
import { PDF_DATA_GLOBAL, PDFJS_ASSETS, type LazyManifest } from './src/lazy/paths.ts';

const webDir = dirname(fileURLToPath(import.meta.url));
const repoDir = resolve(webDir, '..');
const require = createRequire(import.meta.url);
const pdfjsDir = dirname(require.resolve('pdfjs-dist/package.json'));
const DOCX_MODULE = join(repoDir, 'src/docx.ts');

/**
 * What the page's modules resolve differently from Node's:
 * - Node-only modules the library imports lazily or in code the page never runs;
 */
const ALIASES = [
  { find: 'node:fs/promises', replacement: join(webDir, 'src/shims/node-unavailable.ts') },
  { find: 'node:zlib', replacement: join(webDir, 'src/shims/zlib.ts') },
  // Browsers decode Big5-HKSCS themselves: Node's private-use table stays out of the page.
  { find: /^\.\/data\/big5-hkscs\.(?:js|ts)$/u, replacement: join(webDir, 'src/shims/big5-hkscs.ts') },
  // The Unihan look-alike tables (~45 KB gzipped) would put the page over its budget: there, look-alikes
  // of the body's name are told by their radical only.
  { find: /^\.\/data\/variant-index\.(?:js|ts)$/u, replacement: join(webDir, 'src/shims/variant-index.ts') },
];

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);

/** A module whose code is given here. */
function virtualModule(id: string, code: () => string): Plugin {
  const resolved = '\0' + id;
  return {
    name: `virtual:${id}`,
    resolveId: (source) => (source === id ? resolved : null),
    load: (loaded) => (loaded === resolved ? code() : null),
  };
}

/**
 * The PDF reader of the library reads pdf.js in a Node worker thread (src/read/pdf/reader-thread.ts);
 * in the browser the same messages come from web/src/lazy/pdf-reader-browser.ts.
 */
function browserPdfReader(): Plugin {
  const replacement = join(webDir, 'src/lazy/pdf-reader-browser.ts');
  return {
    name: 'ogi:browser-pdf-reader',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './reader-thread.js' && importer && /[\\/]src[\\/]read[\\/]pdf[\\/][^\\/]+\.ts$/u.test(importer)) return replacement;
      return null;
    },
  };
}

/** Builds one entry into a single minified classic script (an IIFE) and returns its code. */
async function buildClassicScript(entry: string, name: string, extra: Partial<InlineConfig> = {}): Promise<string> {
  const out = await build({
    configFile: false,
    root: webDir,
    logLevel: 'warn',
    mode: 'production',
    define: { 'process.env.NODE_ENV': '"production"' },
    resolve: { alias: ALIASES },
    ...extra,
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      reportCompressedSize: false,
      lib: { entry, formats: ['iife'], name, fileName: () => `${name}.js` },
      // pdf.js reads `import.meta.url` only on Node; in a classic script it is `{}` (as rolldown would make it, without the warning).
      rolldownOptions: { output: { codeSplitting: false }, transform: { define: { 'import.meta': '{}' } } },
      ...extra.build,
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Array<{ output: Array<{ type: string; code?: string }> }>;
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error(`building ${entry} gave no code`);
  return chunk.code;
}

/** `import.meta.url` is a syntax error in a classic worker script: the worker's own address. */
function workerImportMeta(): Plugin {
  return {
    name: 'ogi:worker-import-meta',
    transform(code, id) {
      if (!id.includes('pdf.worker')) return null;
      return { code: code.replaceAll('import.meta.url', 'self.location.href'), map: null };
    },
  };
}

/**
 * The Word reader (src/read/docx/) uses Node's `Buffer.from(arrayBuffer, offset, length)`: in the
 * browser those modules get a stand-in that makes a Uint8Array view (web/src/shims/buffer.ts).
 */
function docxBuffer(): Plugin {
  const shim = join(webDir, 'src/shims/buffer.ts');
  return {
    name: 'ogi:docx-buffer',
    transform(code, id) {
      if (!/[\\/]src[\\/](?:read[\\/]docx[\\/][^\\/]+|docx)\.ts$/u.test(id) || !/\bBuffer\b/u.test(code)) return null;
      return { code: `import { Buffer } from ${JSON.stringify(shim)};\n${code}`, map: null };
    },
  };
}

/** pdf.js's data files (CMaps, standard fonts) as classic scripts that hand their bytes to the page. */
function dataScripts(folder: 'cmaps' | 'standard_fonts', base: string): Array<{ fileName: string; source: string }> {
  const dir = join(pdfjsDir, folder);
  return readdirSync(dir)
    .filter((f) => !f.startsWith('.') && !/^LICENSE/iu.test(f))
    .map((file) => {
      const data = readFileSync(join(dir, file)).toString('base64');
      const key = folder === 'cmaps' ? file.replace(/\.bcmap$/u, '') : file;
      const store = `self.${PDF_DATA_GLOBAL}`;
      return { fileName: `${base}${key}.js`, source: `(${store}||(${store}={}))[${JSON.stringify(`${folder}/${key}`)}]=${JSON.stringify(data)};\n` };
    });
}

/**
 * The heavy parts, built before the page (so the page knows their hashed names) and written next to it.
 */
function lazyParts(): Plugin {
  const assets: Array<{ fileName: string; source: string }> = [];
  const manifest: LazyManifest = { pdf: null, docx: null, audit: null, docxError: null };
  let command: 'build' | 'serve' = 'build';
  return {
    name: 'ogi:lazy-parts',
    configResolved(config) {
      command = config.command;
    },
    async buildStart() {
      if (command !== 'build') return;
      assets.length = 0;
      const workerCode = await buildClassicScript(join(webDir, 'src/lazy/pdf-worker.ts'), 'ogiPdfWorker', { plugins: [workerImportMeta()] });
      const pdfCode = await buildClassicScript(join(webDir, 'src/lazy/pdf-entry.ts'), 'ogiPdf', {
        plugins: [browserPdfReader(), virtualModule('virtual:pdf-worker-source', () => `export default ${JSON.stringify(workerCode)};`)],
      });
      manifest.pdf = `assets/pdf-${hash(pdfCode)}.js`;
      assets.push({ fileName: manifest.pdf, source: pdfCode });
      assets.push(...dataScripts('cmaps', PDFJS_ASSETS.cmaps), ...dataScripts('standard_fonts', PDFJS_ASSETS.standardFonts));

      const auditCode = await buildClassicScript(join(webDir, 'src/lazy/audit-entry.ts'), 'ogiAudit', {});
      manifest.audit = `assets/audit-${hash(auditCode)}.js`;
      assets.push({ fileName: manifest.audit, source: auditCode });

      manifest.docx = null;
      manifest.docxError = null;
      if (!existsSync(DOCX_MODULE)) {
        manifest.docxError = 'src/docx.ts is not there';
      } else {
        try {
          const docxCode = await buildClassicScript(join(webDir, 'src/lazy/docx-entry.ts'), 'ogiDocx', {
            plugins: [docxBuffer()],
            resolve: {
              alias: [
                ...ALIASES,
                // mammoth's browser build, with a wrapper that takes bytes as its Node build does.
                { find: /^mammoth$/u, replacement: join(webDir, 'src/shims/mammoth.ts') },
              ],
            },
          });
          manifest.docx = `assets/docx-${hash(docxCode)}.js`;
          assets.push({ fileName: manifest.docx, source: docxCode });
        } catch (e) {
          manifest.docxError = e instanceof Error ? e.message.split('\n')[0]! : String(e);
          this.warn(`the Word reader was not built: ${manifest.docxError}`);
        }
      }
    },
    generateBundle() {
      for (const a of assets) this.emitFile({ type: 'asset', fileName: a.fileName, source: a.source });
    },
    resolveId: (source) => (source === 'virtual:lazy-manifest' ? '\0virtual:lazy-manifest' : null),
    load: (id) => (id === '\0virtual:lazy-manifest' ? `export default ${JSON.stringify(manifest)};` : null),
  };
}

/** Classic scripts and no `crossorigin`: both fail on file:// pages in Chromium. */
function classicScripts(): Plugin {
  return {
    name: 'ogi:classic-scripts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        return html
          .replace(/<script type="module" crossorigin src=/gu, '<script defer src=')
          .replace(/<script type="module" src=/gu, '<script defer src=')
          .replace(/ crossorigin(?=[ >])/gu, '');
      },
    },
  };
}

/**
 * The dev server (`vite web`) talks to the page over a WebSocket and injects its CSS as <style>
 * elements, both of which the built page's policy forbids: relaxed for the dev server only.
 */
function devPolicy(): Plugin {
  return {
    name: 'ogi:dev-policy',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("connect-src 'none'", "connect-src 'self' ws: wss:").replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  };
}

export default defineConfig({
  root: webDir,
  base: './',
  resolve: { alias: ALIASES },
  plugins: [lazyParts(), classicScripts(), devPolicy()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    cssCodeSplit: false,
    assetsInlineLimit: 0,
    // The PDF and Word readers are large on purpose: they load only when such a file is dropped.
    chunkSizeWarningLimit: 2500,
    rolldownOptions: {
      output: { format: 'iife', name: 'ogiReportPage' },
      // The nested builds of the PDF and Word readers take most of the time, by design.
      checks: { bundlerTimings: false },
    },
  },
  server: { fs: { allow: [repoDir] } },
});
