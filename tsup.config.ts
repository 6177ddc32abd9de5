import { defineConfig } from 'tsup';

// ESM keeps dependencies external. The CJS build bundles the dependencies that ship
// ESM only (opencc-js's `core`/`preset` entries, htmlparser2), so `require('ogi-report')` works
// on every Node >= 20 without relying on require(esm).
const esmOnly = ['opencc-js', 'htmlparser2', 'domhandler', 'domelementtype', 'entities'];

export default defineConfig([
  {
    entry: { index: 'src/index.ts', pdf: 'src/pdf.ts', docx: 'src/docx.ts', schema: 'src/io/report-schema.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: false,
    clean: true,
    target: 'node20',
    treeshake: true,
  },
  {
    entry: { index: 'src/index.ts', pdf: 'src/pdf.ts', docx: 'src/docx.ts', schema: 'src/io/report-schema.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: false,
    target: 'node20',
    noExternal: esmOnly,
    treeshake: true,
  },
  // The PDF reader thread, started by dist/pdf.js and dist/pdf.cjs alike (from the file beside them).
  {
    entry: { 'pdf-reader': 'src/read/pdf/reader-worker.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    target: 'node20',
    treeshake: true,
  },
  // The `ogi-report` command (bin) and its worker threads. Both load the library from
  // dist/index.js (and dist/pdf.js) at run time, beside them, instead of bundling it again.
  {
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    target: 'node20',
    treeshake: true,
  },
]);
