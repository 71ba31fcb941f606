// Where highlights fall inside the article's blocks: each block's start in the canonical text,
// and a run of text cut at highlight boundaries into segments, each with the highlights covering it.
import type { HighlightColor } from '../../../shared/annotations';
import type { Block } from '../../../shared/domain';
import { BLOCK_SEPARATOR } from '../../../shared/text';

/** A highlight to draw, in offsets of whatever text it is given against. */
export interface MarkRange {
  id: number;
  color: HighlightColor;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Covering highlights, outermost first (earlier-made highlights wrap later ones). */
  marks: MarkRange[];
}

/** Start of each block in the canonical text (blocks joined by the separator). */
export function blockStarts(blocks: readonly Block[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const block of blocks) {
    starts.push(at);
    at += block.text.length + BLOCK_SEPARATOR.length;
  }
  return starts;
}

/** Highlights that touch [start, start + length), moved to block-local offsets and clipped. */
export function marksInBlock(marks: readonly MarkRange[], start: number, length: number): MarkRange[] {
  const end = start + length;
  return marks
    .filter((m) => m.start < end && m.end > start)
    .map((m) => ({ ...m, start: Math.max(0, m.start - start), end: Math.min(length, m.end - start) }));
}

/** Cuts [from, to) at every highlight boundary inside it. */
export function segmentRun(from: number, to: number, marks: readonly MarkRange[]): Segment[] {
  const inside = marks.filter((m) => m.start < to && m.end > from);
  if (!inside.length) return from < to ? [{ start: from, end: to, marks: [] }] : [];
  const cuts = new Set([from, to]);
  for (const m of inside) {
    if (m.start > from) cuts.add(m.start);
    if (m.end < to) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = inside.filter((m) => m.start <= start && m.end >= end).sort((a, b) => a.id - b.id);
    segments.push({ start, end, marks: covering });
  }
  return segments;
}
