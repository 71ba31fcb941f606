// The versions part of the ReaderApi: an article's versions and what changed between two of them.
import type { ReaderApi } from '../../../shared/api';
import type { Library } from '../library/library';
import { articleVersions, versionDiff } from '../versions/article-versions';

type VersionMethods = Pick<ReaderApi, 'articleVersions' | 'versionDiff'>;

export function createVersionMethods(library: Library): VersionMethods {
  const { db } = library;
  return {
    async articleVersions({ id }) {
      return articleVersions(db, id);
    },
    async versionDiff({ id, from, to }) {
      return versionDiff(db, id, from, to);
    },
  };
}
