// Title suggestions as you type, answered by the title full-text index (migration 0010) rather
// than an in-memory copy of every title: each typed word matches as a prefix, and when nothing
// matches, words are corrected through the vocabulary ("Kremiln" → "kremlin").
import type { Database } from 'better-sqlite3';
import { MAX_COMPLETIONS } from './prefix-expansion';
import { titleSuggestionRows } from './search-queries';
import { closestTerm } from './spelling';
import { foldWord } from './term-vocabulary';
import { vocabularyOf } from './vocabulary';

export interface TitleSuggestion {
  articleId: number;
  text: string;
  /** Higher is better (the negated bm25 of the title column). */
  score: number;
}

/** Words this long may be stemmed by the index past what was typed ("convenienc" vs "conveni"). */
const STEMMABLE_LENGTH = 4;

export function suggestTitles(db: Database, input: string, limit: number): TitleSuggestion[] {
  const words = foldWord(input)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (!words.length) return [];
  let rows = titleSuggestionRows(db, expression(db, words), limit);
  if (!rows.length) {
    const corrected = words.map((w) => closestTerm(db, w)?.term ?? w);
    if (corrected.some((w, i) => w !== words[i])) rows = titleSuggestionRows(db, expression(db, corrected), limit);
  }
  return rows.map((r) => ({ articleId: r.id, text: r.title, score: -r.bm25 }));
}

/** Every word must match the title, as a prefix or as one of its most common completions. */
function expression(db: Database, words: string[]): string {
  return words
    .map((w) => {
      const alternatives = [`title : ${quote(w)} *`];
      if (w.length >= STEMMABLE_LENGTH) {
        const completions = vocabularyOf(db)
          .startingWith(w)
          .sort((a, b) => b.docs - a.docs)
          .slice(0, MAX_COMPLETIONS);
        for (const c of completions) if (c.term !== w) alternatives.push(`title : ${quote(c.term)}`);
      }
      return `(${alternatives.join(' OR ')})`;
    })
    .join(' AND ');
}

function quote(word: string): string {
  return `"${word.replace(/"/g, '""')}"`;
}
