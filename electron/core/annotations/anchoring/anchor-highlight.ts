// Re-anchors a stored highlight in an article's current text: at its stored position when the
// quote is still there (exact), else wherever the quote best fits now (approximate), else an
// orphan that keeps its quote so the reader can still see what was highlighted.
import type { Anchor, TextPositionSelector, TextQuoteSelector } from '../../../../shared/annotations';
import { matchQuote } from './match-quote';
import { trimRange } from './text-position';

export function anchorHighlight(
  text: string,
  target: { quote: TextQuoteSelector; position: TextPositionSelector },
): Anchor {
  const { quote, position } = target;
  if (position.end <= text.length && text.slice(position.start, position.end) === quote.exact) {
    return { status: 'exact', start: position.start, end: position.end };
  }
  const match = matchQuote(text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: position.start });
  const found = match && trimRange(text, match.start, match.end);
  if (found) return { status: 'approximate', start: found.start, end: found.end };
  const start = Math.min(position.start, text.length);
  return { status: 'orphaned', start, end: Math.max(start, Math.min(position.end, text.length)) };
}
