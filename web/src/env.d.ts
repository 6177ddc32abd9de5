/// <reference types="vite/client" />

declare module 'virtual:lazy-manifest' {
  const manifest: import('./lazy/paths.ts').LazyManifest;
  export default manifest;
}

declare module 'virtual:pdf-worker-source' {
  /** pdf.js's worker as the text of a classic script. */
  const source: string;
  export default source;
}
