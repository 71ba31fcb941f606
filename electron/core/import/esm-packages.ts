// The parsers we use ship as ES modules; the core compiles to CommonJS. Node (20.19+, and the
// Node inside Electron) can `require` them, but TypeScript refuses a static import, so load them here once.
type Linkedom = typeof import('linkedom', { with: { 'resolution-mode': 'import' } });
type Marked = typeof import('marked', { with: { 'resolution-mode': 'import' } });
export type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs', { with: { 'resolution-mode': 'import' } });
export type { Token as MarkdownToken, Tokens as MarkdownTokens } from 'marked' with { 'resolution-mode': 'import' };

 
export const linkedom = require('linkedom') as Linkedom;
 
export const marked = require('marked') as Marked;

let pdfjs: Pdfjs | null = null;

/** pdf.js is large and most imports are not PDFs: loaded on the first PDF only. The legacy build runs on Node 20. */
export function loadPdfjs(): Pdfjs {
  pdfjs ??= require('pdfjs-dist/legacy/build/pdf.mjs') as Pdfjs;
  return pdfjs;
}
