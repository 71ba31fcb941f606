// Forgiving search: a word with no (or very few) matches is replaced by, or joined with, the
// closest frequent indexed word within a small edit distance ("Kremiln" → "kremlin"). Words the
// person quoted, excluded or truncated with * are taken as typed.
import type { Database } from 'better-sqlite3';
import { allowedEdits, boundedEditDistance } from './edit-distance';
import { termExpr, type QueryClause, type QueryTerm } from './parse-query';
import { countMatches, foldWord } from './term-vocabulary';
import { vocabularyOf, type VocabularyTerm } from './vocabulary';

export interface Correction {
  /** The word as typed. */
  from: string;
  /** The indexed word searched instead (or as well). */
  to: string;
  /** True when the word as typed had a few matches and is searched too. */
  alsoOriginal?: boolean;
}

/** At or below this many matches a word is suspect; a correction must be this many times more common. */
const FEW_MATCHES = 2;
const MORE_COMMON_BY = 20;

export function correctSpelling(db: Database, clauses: QueryClause[]): { clauses: QueryClause[]; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const corrected = clauses.map((clause) =>
    clause.flatMap((term): QueryTerm[] => {
      if (!isCorrectable(term)) return [term];
      const matches = countMatches(db, termExpr(term), FEW_MATCHES + 1);
      if (matches > FEW_MATCHES) return [term];
      const best = closestTerm(db, foldWord(term.words));
      if (!best || (matches > 0 && best.docs < matches * MORE_COMMON_BY)) return [term];
      corrections.push(matches === 0 ? { from: term.words, to: best.term } : { from: term.words, to: best.term, alsoOriginal: true });
      const replacement = { ...term, words: best.term };
      return matches === 0 ? [replacement] : [term, replacement];
    }),
  );
  return { clauses: corrected, corrections };
}

function isCorrectable(t: QueryTerm): boolean {
  return !t.negated && !t.phrase && !t.prefix && !/\s/.test(t.words) && !/\d/.test(t.words) && allowedEdits(t.words) > 0;
}

/** The nearest indexed word: fewest edits first, then the most common. Null if none is near. */
export function closestTerm(db: Database, word: string): VocabularyTerm | null {
  const max = allowedEdits(word);
  if (!max) return null;
  let best: VocabularyTerm | null = null;
  let bestDistance = max + 1;
  for (const candidate of vocabularyOf(db).startingWith(word[0]!)) {
    if (Math.abs(candidate.term.length - word.length) > max) continue;
    const d = boundedEditDistance(word, candidate.term, Math.min(max, bestDistance));
    if (d === 0) return null; // the word is indexed as typed: nothing to correct
    if (d < bestDistance || (d === bestDistance && best && candidate.docs > best.docs)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= max ? best : null;
}

/** The query as it was searched, for a notice like: Showing results for "kremlin". */
export function describeCorrections(query: string, corrections: Correction[]): string | null {
  if (!corrections.length) return null;
  let text = query;
  for (const c of corrections) {
    text = text.replace(new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${escape(c.from)}(?![\\p{L}\\p{N}\\p{M}])`, 'giu'), c.to);
  }
  const also = corrections.some((c) => c.alsoOriginal);
  const from = corrections.map((c) => `"${c.from}"`).join(', ');
  return also
    ? `Also showing results for "${text.trim()}" (few articles contain ${from}).`
    : `Showing results for "${text.trim()}" (nothing matched ${from}).`;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
