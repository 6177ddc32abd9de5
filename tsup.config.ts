import { defineConfig } from 'tsup';

// ESM keeps dependencies external. The CJS build bundles the dependencies that ship
// ESM only (opencc-js's `core`/`preset` entries, htmlparser2), so `require('ogi-report')` works
// on every Node >= 20 without relying on require(esm).
const esmOnly = ['opencc-js', 'htmlparser2', 'domhandler', 'domelementtype', 'entities'];

export default defineConfig([
  {
    entry: { index: 'src/index.ts', pdf: 'src/pdf.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: false,
    clean: true,
    target: 'node20',
    treeshake: true,
  },
  {
    entry: { index: 'src/index.ts', pdf: 'src/pdf.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: false,
    target: 'node20',
    noExternal: esmOnly,
    treeshake: true,
  },
]);
