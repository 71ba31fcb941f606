// The comparison part of the ReaderApi: load the asked articles and compare them in the core.
import type { ReaderApi } from '../../../shared/api';
import { getArticle } from '../library/articles';
import type { Library } from '../library/library';
import { compareArticles } from '../compare/compare-articles';
import { libraryFrequencies } from '../compare/library-frequencies';

type CompareMethods = Pick<ReaderApi, 'compareArticles'>;

export function createCompareMethods(library: Library): CompareMethods {
  const { db } = library;
  return {
    async compareArticles({ ids }) {
      // getArticle throws NOT_FOUND for an unknown id, before any work is done.
      const articles = ids.map((id) => getArticle(db, id));
      return compareArticles(articles, { library: libraryFrequencies(db) });
    },
  };
}
