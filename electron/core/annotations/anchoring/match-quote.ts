// Finds the best place for a quote in a text that may have changed since it was taken: exact
// occurrences first, else approximate ones (bounded edit distance), each scored by how well the
// quote, its prefix and suffix and its old position agree — the scoring of Hypothesis's match-quote.
import { editDistance, searchApproximate, type ApproximateMatch } from './approximate-search';

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote used to start. */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  errors: number;
  /** 0..1, higher is better. */
  score: number;
}

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
/** At most this share of the quote may differ; more than that is another passage. */
const MAX_ERROR_SHARE = 0.25;
const MAX_ERRORS = 256;
/** Short fuzzy quotes match by chance; below this length they need their context to agree. */
const SHORT_QUOTE = 24;
const MAX_EXACT_CANDIDATES = 2000;

export function matchQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  if (!quote.length || !text.length) return null;
  let candidates = exactOccurrences(text, quote);
  if (!candidates.length) {
    const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length * MAX_ERROR_SHARE));
    if (maxErrors === 0) return null;
    candidates = searchApproximate(text, quote, maxErrors);
  }
  let best: QuoteMatch | null = null;
  for (const candidate of candidates) {
    const scored = scoreMatch(text, quote, candidate, context);
    if (!scored) continue;
    if (!best || scored.score > best.score) best = scored;
  }
  return best;
}

function exactOccurrences(text: string, quote: string): ApproximateMatch[] {
  const out: ApproximateMatch[] = [];
  for (let at = text.indexOf(quote); at >= 0 && out.length < MAX_EXACT_CANDIDATES; at = text.indexOf(quote, at + 1)) {
    out.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return out;
}

function scoreMatch(text: string, quote: string, match: ApproximateMatch, context: QuoteContext): QuoteMatch | null {
  const quoteScore = 1 - match.errors / quote.length;
  const prefix = context.prefix ?? '';
  const suffix = context.suffix ?? '';
  const prefixScore = prefix ? similarity(prefix, text.slice(Math.max(0, match.start - prefix.length), match.start)) : 1;
  const suffixScore = suffix ? similarity(suffix, text.slice(match.end, match.end + suffix.length)) : 1;
  if (match.errors > 0 && quote.length < SHORT_QUOTE && (prefixScore + suffixScore) / 2 < 0.5) return null;
  const positionScore = context.hint === undefined ? 1 : 1 - Math.abs(match.start - context.hint) / text.length;
  const total = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
  const score =
    (WEIGHTS.quote * quoteScore +
      WEIGHTS.prefix * prefixScore +
      WEIGHTS.suffix * suffixScore +
      WEIGHTS.position * positionScore) /
    total;
  return { start: match.start, end: match.end, errors: match.errors, score };
}

function similarity(expected: string, actual: string): number {
  if (!expected.length) return 1;
  return Math.max(0, 1 - editDistance(expected, actual) / expected.length);
}
