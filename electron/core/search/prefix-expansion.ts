// Prefix search through the vocabulary: FTS5 answers "con*" (without a prefix index) by merging
// the document lists of every indexed word starting with "con", and does so again each time the
// expression is evaluated (ranking, counting, every snippet). So a prefix is searched as its
// completions, spelled out: at most MAX_COMPLETIONS, the most common when there are more.
import type { Database } from 'better-sqlite3';
import type { QueryClause } from './parse-query';
import { foldWord } from './term-vocabulary';
import { vocabularyOf } from './vocabulary';

export const MAX_COMPLETIONS = 8;

export function expandPrefixes(db: Database, clauses: QueryClause[]): { clauses: QueryClause[]; notices: string[] } {
  const notices: string[] = [];
  const expanded: QueryClause[] = [];
  for (const clause of clauses) {
    const terms = clause.flatMap((term) => {
      // An exclusion must stay complete (and is rarely costly); a prefix nothing completes is left
      // to FTS5, which then answers nothing quickly.
      if (!term.prefix || term.negated || /\s/.test(term.words)) return [term];
      const completions = vocabularyOf(db).startingWith(foldWord(term.words));
      if (!completions.length) return [term];
      if (completions.length > MAX_COMPLETIONS) {
        notices.push(
          `"${term.words}*" matches ${completions.length.toLocaleString('en')} different words; searching the ${MAX_COMPLETIONS} most common.`,
        );
      }
      return completions
        .sort((a, b) => b.docs - a.docs)
        .slice(0, MAX_COMPLETIONS)
        .map((c) => ({ ...term, words: c.term, prefix: false }));
    });
    expanded.push(terms);
  }
  return { clauses: expanded, notices };
}
