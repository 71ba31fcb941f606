// Rebuilds lines and paragraphs from a PDF page's text items. pdf.js gives positioned runs of text in
// content-stream order; lines break on `hasEOL` or a change of baseline, paragraphs on a wider gap.

/** The fields of a pdf.js TextItem we read (marked-content items have no `str` and are skipped). */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

export interface PdfLine {
  text: string;
  /** Baseline, in PDF units from the bottom of the page. */
  y: number;
  /** Font size (vertical scale of the text matrix). */
  size: number;
  /** A wider gap than the page's usual line spacing (or a change of font size) precedes this line. */
  paragraphBefore: boolean;
}

export function itemsToLines(items: readonly unknown[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let cur: { parts: string[]; y: number; size: number; endX: number } | null = null;
  const finish = () => {
    const text = cur?.parts.join('').replace(/\s+/g, ' ').trim();
    if (cur && text) lines.push({ text, y: cur.y, size: cur.size, paragraphBefore: false });
    cur = null;
  };
  for (const raw of items) {
    if (!isTextItem(raw)) continue;
    const [, , c = 0, d = 0, x = 0, y = 0] = raw.transform;
    const size = Math.abs(Math.hypot(c, d)) || raw.height || 1;
    if (cur && Math.abs(y - cur.y) > Math.max(size, cur.size) * 0.5) finish();
    if (!cur) cur = { parts: [], y, size, endX: x };
    else if (x - cur.endX > size * 0.15 && !/\s$/.test(cur.parts.at(-1) ?? '') && !/^\s/.test(raw.str)) cur.parts.push(' ');
    cur.parts.push(raw.str);
    cur.endX = x + raw.width;
    cur.size = Math.max(cur.size, size);
    if (raw.hasEOL) finish();
  }
  finish();
  markParagraphs(lines);
  return lines;
}

function isTextItem(item: unknown): item is PdfTextItem {
  return !!item && typeof (item as PdfTextItem).str === 'string' && Array.isArray((item as PdfTextItem).transform);
}

// The line spacing is the smallest step between baselines of same-size lines (at least the font size,
// so a superscript does not count); a step well above it, or a change of font size (a heading), starts
// a new paragraph. A page may hold only a few lines, so no statistic over many lines is assumed.
function markParagraphs(lines: PdfLine[]): void {
  let usual = Infinity;
  for (let k = 1; k < lines.length; k++) {
    const [prev, line] = [lines[k - 1]!, lines[k]!];
    const step = prev.y - line.y;
    if (Math.abs(prev.size - line.size) < 0.5 && step >= line.size * 0.9) usual = Math.min(usual, step);
  }
  if (!Number.isFinite(usual)) usual = 0;
  for (let k = 1; k < lines.length; k++) {
    const prev = lines[k - 1]!;
    const line = lines[k]!;
    const step = prev.y - line.y;
    const sizeChange = Math.abs(prev.size - line.size) > Math.min(prev.size, line.size) * 0.15;
    line.paragraphBefore = sizeChange || step < 0 || (usual > 0 && step > usual * 1.4);
  }
}
