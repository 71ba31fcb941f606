// Bounded prefix search: "con*" can match thousands of indexed words, and FTS5 merges every one of
// their document lists. A prefix with too many completions is searched as its most common ones.
import type { Database } from 'better-sqlite3';
import type { QueryClause } from './parse-query';
import { foldWord } from './term-vocabulary';
import { vocabularyOf } from './vocabulary';

export const MAX_COMPLETIONS = 16;

export function expandPrefixes(db: Database, clauses: QueryClause[]): { clauses: QueryClause[]; notices: string[] } {
  const notices: string[] = [];
  const expanded = clauses.map((clause) =>
    clause.flatMap((term) => {
      if (!term.prefix || /\s/.test(term.words)) return [term];
      const completions = vocabularyOf(db).startingWith(foldWord(term.words));
      if (completions.length <= MAX_COMPLETIONS) return [term];
      if (term.negated) return [term]; // an exclusion must stay complete; it is rarely costly
      notices.push(
        `"${term.words}*" matches ${completions.length.toLocaleString('en')} different words; searching the ${MAX_COMPLETIONS} most common.`,
      );
      return completions
        .sort((a, b) => b.docs - a.docs)
        .slice(0, MAX_COMPLETIONS)
        .map((c) => ({ ...term, words: c.term, prefix: false }));
    }),
  );
  return { clauses: expanded, notices };
}
