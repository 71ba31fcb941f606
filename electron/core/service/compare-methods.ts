// The comparison part of the ReaderApi: load the asked articles here (the one database handle),
// then compare them in the worker thread as a job whose sections can be polled as they arrive.
import type { ReaderApi } from '../../../shared/api';
import { getArticle } from '../library/articles';
import type { Library } from '../library/library';
import { createComparisonJobs } from '../compare/compare-jobs';
import { frequencyTable } from '../compare/library-frequencies';

type CompareMethods = Pick<ReaderApi, 'compareArticles' | 'startComparison' | 'getComparisonJob' | 'cancelComparison'>;

export function createCompareMethods(library: Library): CompareMethods {
  const { db } = library;
  const jobs = createComparisonJobs();
  const start = (ids: readonly number[]): string => {
    // getArticle throws NOT_FOUND for an unknown id, before any work is done.
    const articles = ids.map((id) => {
      const { title, outlet, publishedAt, authors, blocks } = getArticle(db, id);
      return { id, title, outlet, publishedAt, authors, blocks };
    });
    return jobs.start(articles, frequencyTable(db, articles));
  };
  return {
    async compareArticles({ ids }) {
      return jobs.result(start(ids));
    },
    async startComparison({ ids }) {
      return { jobId: start(ids) };
    },
    async getComparisonJob({ jobId, known }) {
      return jobs.get(jobId, known);
    },
    async cancelComparison({ jobId }) {
      return jobs.cancel(jobId);
    },
  };
}
