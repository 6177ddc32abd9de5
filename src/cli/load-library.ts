import type { BinaryParser, Library } from './library.js';

// The command is bundled into dist/cli.js and dist/cli-worker.js, next to the library's own
// dist/index.js: the library is loaded from there, not bundled a second time.
const here = (file: string) => new URL(`./${file}`, import.meta.url).href;

/**
 * Loads the built library (`index.js` beside the running `cli.js`/`cli-worker.js`).
 *
 * @example
 * // not run: loads dist/index.js beside the running dist/cli.js
 * const lib = await loadLibrary();
 * lib.parseReport(text).template; // → '2021'
 */
export async function loadLibrary(): Promise<Library> {
  return (await import(here('index.js'))) as Library;
}

const WHERE = { docx: ['parseDocx', 'docx.js'], pdf: ['parsePdf', 'pdf.js'] } as const;
const cache = new Map<'docx' | 'pdf', Promise<BinaryParser>>();

async function find(kind: 'docx' | 'pdf', lib: Library): Promise<BinaryParser> {
  const [name, file] = WHERE[kind];
  if (typeof lib[name] === 'function') return lib[name];
  try {
    const mod = (await import(here(file))) as Record<string, unknown>;
    if (typeof mod[name] === 'function') return mod[name] as BinaryParser;
  } catch {
    // not built: reported below
  }
  throw new Error(`reading .${kind} files needs ${name}, which this build of ogi-report does not include`);
}

/**
 * Finds the reader of .docx or PDF files: `parseDocx`/`parsePdf` exported by the library, or by
 * a `docx.js`/`pdf.js` entry beside it. Rejects with a clear message when the build has none, so
 * that the file is reported and the run goes on.
 *
 * @example
 * const parsePdf = await loadBinaryParser('pdf', lib);
 * const report = await parsePdf(new Uint8Array(readFileSync('corpus/pdf/report-2021-ruled.pdf')));
 */
export function loadBinaryParser(kind: 'docx' | 'pdf', lib: Library): Promise<BinaryParser> {
  let found = cache.get(kind);
  if (!found) {
    found = find(kind, lib);
    cache.set(kind, found);
  }
  return found;
}
