// pdf.js's worker, built into a classic script that runs from a Blob URL (see vite.config.ts):
// in a worker it answers the page's pdf.js by itself.
import 'pdfjs-dist/build/pdf.worker.mjs';
