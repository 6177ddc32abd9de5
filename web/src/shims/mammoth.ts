// mammoth's own browser build: its Node entry opens files and zips with Node's modules.
// @ts-expect-error: a UMD bundle without types; its API is mammoth's.
import browserMammoth from 'mammoth/mammoth.browser.js';
import type * as Mammoth from 'mammoth';

type MammothApi = typeof Mammoth;
const real = browserMammoth as MammothApi;

/** mammoth's browser build reads `{ arrayBuffer }`, not `{ buffer }`: given bytes either way, it gets an ArrayBuffer. */
function toBrowserInput(input: { buffer?: Uint8Array; arrayBuffer?: ArrayBuffer }): { arrayBuffer: ArrayBuffer } {
  if (input.arrayBuffer) return { arrayBuffer: input.arrayBuffer };
  const b = input.buffer!;
  return { arrayBuffer: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer };
}

const mammoth = {
  ...real,
  convertToHtml: ((input: { buffer?: Uint8Array; arrayBuffer?: ArrayBuffer }, options?: unknown) =>
    real.convertToHtml(toBrowserInput(input), options as never)) as MammothApi['convertToHtml'],
  extractRawText: ((input: { buffer?: Uint8Array; arrayBuffer?: ArrayBuffer }) => real.extractRawText(toBrowserInput(input))) as MammothApi['extractRawText'],
};
export default mammoth;
