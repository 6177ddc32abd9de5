/** Stands in for Node-only modules the library loads lazily (`readReportFile` and node:fs): never called by the page. */
function unavailable(): never {
  throw new Error('This function needs Node.js; it is not available in the browser.');
}
export const readFile = unavailable;
export default { readFile };
