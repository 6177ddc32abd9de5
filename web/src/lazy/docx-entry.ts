// The Word reader, loaded only when a .docx is dropped: the library's parseDocx (mammoth's browser
// build and fflate stand in for Node's modules, see vite.config.ts).
import { parseDocx } from '../../../src/docx.ts';
import { registerLazy } from './register.ts';

export interface DocxApi {
  parseDocx: typeof parseDocx;
}

registerLazy('docx', { parseDocx } satisfies DocxApi);
