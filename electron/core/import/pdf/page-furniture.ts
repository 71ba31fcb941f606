// Finds the furniture a PDF prints on every page: running headers and footers (the outlet's name, the
// article's title, a URL and print date) and page numbers. Only lines at a page's top and bottom edge
// are candidates (the second line only when the first is furniture), so body text is never taken.
import type { PdfLine } from './pdf-lines';

const EDGE_LINES = 2;
const PAGE_NUMBER = /^(?:page|pagina|seite|p\.?)?\s*[([]?\d{1,4}[)\]]?(?:\s*(?:of|din|von|\/|de)\s*\d{1,4})?$/i;

export interface FurnitureVerdict {
  /** Per page, the indices of lines to drop, with the reason. */
  drop: Map<number, string>[];
}

/** Digits vary from page to page ("Page 2 of 9", "17/05/2024, 10:31"), so they compare as one symbol. */
function shape(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

export function findPageFurniture(pages: readonly (readonly PdfLine[])[]): FurnitureVerdict {
  const edges = pages.map((lines) => edgeIndices(lines.length));
  const counts = new Map<string, number>();
  pages.forEach((lines, p) => {
    const seen = new Set<string>();
    for (const i of edges[p]!) seen.add(shape(lines[i]!.text));
    for (const s of seen) counts.set(s, (counts.get(s) ?? 0) + 1);
  });
  // Seen on the edge of most pages (at least two): a running header or footer.
  const needed = Math.max(2, Math.ceil(pages.length * 0.5));
  const verdict = (text: string): string | null => {
    if (PAGE_NUMBER.test(text)) return 'page number';
    if (pages.length >= 2 && (counts.get(shape(text)) ?? 0) >= needed) return 'running header or footer';
    return null;
  };
  const drop = pages.map((lines) => {
    const out = new Map<number, string>();
    // Inward from each edge, stopping at the first line that is not furniture.
    for (const order of [[0, 1], [lines.length - 1, lines.length - 2]]) {
      for (const i of order) {
        const reason = i >= 0 && i < lines.length && !out.has(i) ? verdict(lines[i]!.text) : null;
        if (!reason) break;
        out.set(i, reason);
      }
    }
    return out;
  });
  return { drop };
}

function edgeIndices(length: number): number[] {
  const out = new Set<number>();
  for (let k = 0; k < Math.min(EDGE_LINES, length); k++) {
    out.add(k);
    out.add(length - 1 - k);
  }
  return [...out].sort((a, b) => a - b);
}
