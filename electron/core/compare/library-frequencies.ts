// Document frequencies of words across the whole library, from the search index's unstemmed
// vocabulary (fts5vocab over `search_terms`), so a comparison weighs words against more than the
// compared set. Absent on libraries without that index: the comparison then uses its own set.
import type { Database } from 'better-sqlite3';
import type { LibraryFrequencies } from './similarity';
import { foldCase } from './words';

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
