// Turns a block's text plus its em/strong/link spans (character offsets) into nested React
// elements. Links wrap strong, strong wraps em; overlapping spans of one kind are merged, and a
// span crossing an outer boundary is split at it, so any input gives well-formed markup.
// Highlights go innermost: each text run is cut at highlight edges into (nested) <mark>s.
import type { ReactNode } from 'react';
import type { InlineSpan } from '../../../shared/domain';
import { segmentRun, type MarkRange } from '../annotations/highlight-segments';
import { safeHref } from './safe-href';

type Kind = InlineSpan['kind'];
const NESTING: readonly Kind[] = ['link', 'strong', 'em'];

interface Range {
  start: number;
  end: number;
  href?: string;
}

export function renderInline(
  text: string,
  spans: readonly InlineSpan[] | undefined,
  marks: readonly MarkRange[] = [],
): ReactNode {
  if ((!spans || spans.length === 0) && marks.length === 0) return text;
  return renderLevel(text, spans ?? [], marks, 0, 0, text.length, 'i');
}

function renderLevel(
  text: string,
  spans: readonly InlineSpan[],
  marks: readonly MarkRange[],
  level: number,
  from: number,
  to: number,
  keyPrefix: string,
): ReactNode[] {
  const kind = NESTING[level];
  if (!kind) return renderMarks(text, marks, from, to, keyPrefix);
  const ranges = rangesOf(spans, kind, from, to);
  const nodes: ReactNode[] = [];
  let pos = from;
  ranges.forEach((range, i) => {
    if (range.start > pos) nodes.push(...renderLevel(text, spans, marks, level + 1, pos, range.start, `${keyPrefix}.${i}p`));
    const inner = renderLevel(text, spans, marks, level + 1, range.start, range.end, `${keyPrefix}.${i}`);
    nodes.push(wrap(kind, range, inner, `${keyPrefix}.${i}`));
    pos = range.end;
  });
  if (pos < to) nodes.push(...renderLevel(text, spans, marks, level + 1, pos, to, `${keyPrefix}.end`));
  // Bare strings need no key; React renders them as text nodes.
  return nodes;
}

function renderMarks(text: string, marks: readonly MarkRange[], from: number, to: number, keyPrefix: string): ReactNode[] {
  if (!marks.length) return [text.slice(from, to)];
  return segmentRun(from, to, marks).map((segment) =>
    segment.marks.reduceRight<ReactNode>(
      (inner, mark) => (
        <mark
          key={`${keyPrefix}.m${segment.start}.${mark.id}`}
          className={`highlight highlight-${mark.color}`}
          data-testid="highlight"
          data-highlight-id={mark.id}
          data-color={mark.color}
        >
          {inner}
        </mark>
      ),
      text.slice(segment.start, segment.end),
    ),
  );
}

/** Spans of one kind clipped to [from, to), sorted, with overlaps merged. */
function rangesOf(spans: readonly InlineSpan[], kind: Kind, from: number, to: number): Range[] {
  const clipped = spans
    .filter((s) => s.kind === kind)
    .map((s) => ({ start: Math.max(s.start, from), end: Math.min(s.end, to), href: s.href }))
    .filter((r) => r.start < r.end)
    .sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const range of clipped) {
    const last = merged[merged.length - 1];
    // Two links with different targets stay apart; anything else that overlaps is one range.
    if (last && range.start < last.end && (kind !== 'link' || last.href === range.href)) {
      last.end = Math.max(last.end, range.end);
    } else if (last && range.start < last.end) {
      range.start = last.end;
      if (range.start < range.end) merged.push(range);
    } else {
      merged.push(range);
    }
  }
  return merged;
}

function wrap(kind: Kind, range: Range, children: ReactNode[], key: string): ReactNode {
  if (kind === 'em') return <em key={key}>{children}</em>;
  if (kind === 'strong') return <strong key={key}>{children}</strong>;
  const href = safeHref(range.href);
  if (!href) return <span key={key}>{children}</span>;
  return (
    <a key={key} href={href} target="_blank" rel="noopener noreferrer" title={href}>
      {children}
    </a>
  );
}
