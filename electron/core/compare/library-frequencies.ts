// Document frequencies of words across the whole library, from the search index's unstemmed
// vocabulary (fts5vocab over `search_terms`), so a comparison weighs words against more than the
// compared set. Absent on libraries without that index: the comparison then uses its own set.
// The comparison worker has no database: `frequencyTable` looks up the compared articles' words
// here, and `frequenciesFromTable` answers from that plain object there.
import type { Database } from 'better-sqlite3';
import { toCompareDoc, type ComparableArticle } from './compare-doc';
import type { LibraryFrequencies } from './similarity';
import { foldCase, isStopWord, tokenize } from './words';

/** Plain data (structured-clone safe): the library's size and the frequency of each word asked. */
export interface FrequencyTable {
  documents: number;
  frequencies: Record<string, number>;
}

export function libraryFrequencies(db: Database): LibraryFrequencies | undefined {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'search_terms_vocab'").get();
  if (!exists) return undefined;
  const documents = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  if (documents < 2) return undefined;
  const lookup = db.prepare('SELECT doc FROM search_terms_vocab WHERE term = ?');
  const cache = new Map<string, number | undefined>();
  return {
    documents,
    documentFrequency(word) {
      const term = foldCase(word);
      if (cache.has(term)) return cache.get(term);
      const row = lookup.get(term) as { doc: number } | undefined;
      cache.set(term, row?.doc);
      return row?.doc;
    },
  };
}

/** The library frequencies of every word the comparison of `articles` can ask about. */
export function frequencyTable(db: Database, articles: readonly ComparableArticle[]): FrequencyTable | undefined {
  const library = libraryFrequencies(db);
  if (!library) return undefined;
  const frequencies: Record<string, number> = {};
  const seen = new Set<string>();
  for (const article of articles) {
    for (const sentence of toCompareDoc(article).sentences) {
      for (const t of tokenize(sentence.text)) {
        if (isStopWord(t.word)) continue;
        const word = foldCase(t.word);
        if (seen.has(word)) continue;
        seen.add(word);
        const df = library.documentFrequency(word);
        if (df !== undefined) frequencies[word] = df;
      }
    }
  }
  return { documents: library.documents, frequencies };
}

export function frequenciesFromTable(table: FrequencyTable): LibraryFrequencies {
  return {
    documents: table.documents,
    // Own keys only: "constructor" is a word too.
    documentFrequency: (word) => {
      const key = foldCase(word);
      return Object.hasOwn(table.frequencies, key) ? table.frequencies[key] : undefined;
    },
  };
}
