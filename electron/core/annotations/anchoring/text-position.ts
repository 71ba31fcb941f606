// Positions in an article's canonical text: trimming a selected range to its words, and
// describing a range as W3C TextQuote + TextPosition selectors (the quote with its context).
import type { TextPositionSelector, TextQuoteSelector } from '../../../../shared/annotations';

/** How much text either side of a quote is kept to tell repeated quotes apart (as Hypothesis does). */
export const CONTEXT_LENGTH = 32;

export interface TextRange {
  start: number;
  end: number;
}

/** Clamps a range into the text and drops whitespace at its edges; null when nothing is left. */
export function trimRange(text: string, start: number, end: number): TextRange | null {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return s < e ? { start: s, end: e } : null;
}

export function describeRange(
  text: string,
  range: TextRange,
  contextLength = CONTEXT_LENGTH,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(range.start, range.end),
      prefix: text.slice(Math.max(0, range.start - contextLength), range.start),
      suffix: text.slice(range.end, range.end + contextLength),
    },
    position: { type: 'TextPositionSelector', start: range.start, end: range.end },
  };
}
