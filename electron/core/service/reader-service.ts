// The core's implementation of the ReaderApi contract, used directly by the CLI and tests and
// behind the IPC and HTTP handlers. Inputs arrive already validated.
import type { ReaderApi } from '../../../shared/api';
import {
  countArticles,
  deleteArticle,
  getArticle,
  listArticleSummaries,
  updateArticleMetadata,
} from '../library/articles';
import type { Library } from '../library/library';
import { schemaVersion } from '../library/migrate';
import { createAnnotationMethods } from './annotation-methods';
import { createBackupMethods } from './backup-methods';
import { createImportMethods } from './import-methods';
import { createSearchMethods } from './search-methods';
import { createCompareMethods } from './compare-methods';
import { createStoryMethods } from './story-methods';
import { createVersionMethods } from './version-methods';
import { createOutletMethods } from './outlet-methods';
import { createReadingMethods } from './reading-methods';
import { articleWithReadingProgress, withReadingProgress } from '../reading/reading-progress';

/**
 * The whole API, composed from one method group per domain. A new domain adds its own
 * `create…Methods(library)` file next to this one and one spread line below.
 */
export function createReaderService(library: Library, options: { appVersion: string }): ReaderApi {
  return {
    ...createLibraryMethods(library, options),
    ...createImportMethods(library),
    ...createAnnotationMethods(library),
    ...createSearchMethods(library),
    ...createCompareMethods(library),
    ...createStoryMethods(library),
    ...createVersionMethods(library),
    ...createOutletMethods(library),
    ...createBackupMethods(library, options),
    ...createReadingMethods(library),
  };
}

type LibraryMethods = Pick<
  ReaderApi,
  'getLibraryInfo' | 'listArticles' | 'getArticle' | 'updateMetadata' | 'deleteArticle'
>;

function createLibraryMethods(library: Library, options: { appVersion: string }): LibraryMethods {
  const { db } = library;
  return {
    async getLibraryInfo() {
      return {
        path: library.dir,
        articleCount: countArticles(db),
        schemaVersion: schemaVersion(db),
        appVersion: options.appVersion,
      };
    },
    async listArticles() {
      return withReadingProgress(db, listArticleSummaries(db));
    },
    async getArticle({ id }) {
      return articleWithReadingProgress(db, getArticle(db, id));
    },
    async updateMetadata({ id, patch }) {
      return updateArticleMetadata(db, id, patch);
    },
    async deleteArticle({ id }) {
      deleteArticle(db, id);
      return { deleted: id };
    },
  };
}
