// The core's implementation of the ReaderApi contract, used directly by the CLI and tests and
// behind the IPC and HTTP handlers. Inputs arrive already validated.
import type { ReaderApi } from '../../../shared/api';
import { ParallaxError } from '../../../shared/errors';
import {
  countArticles,
  deleteArticle,
  getArticle,
  listArticleSummaries,
  updateArticleMetadata,
} from '../library/articles';
import { importSources } from '../library/import-into-library';
import type { Library } from '../library/library';
import { schemaVersion } from '../library/migrate';
import { MAX_FILE_BYTES } from '../import/types';
import { createAnnotationMethods } from './annotation-methods';
import { createSearchMethods } from './search-methods';
import { createCompareMethods } from './compare-methods';

/**
 * The whole API, composed from one method group per domain. A new domain adds its own
 * `create…Methods(library)` file next to this one and one spread line below.
 */
export function createReaderService(library: Library, options: { appVersion: string }): ReaderApi {
  return {
    ...createLibraryMethods(library, options),
    ...createAnnotationMethods(library),
    ...createSearchMethods(library),
    ...createCompareMethods(library),
  };
}

type LibraryMethods = Pick<
  ReaderApi,
  'getLibraryInfo' | 'listArticles' | 'getArticle' | 'updateMetadata' | 'deleteArticle' | 'importUploads'
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
      return listArticleSummaries(db);
    },
    async getArticle({ id }) {
      return getArticle(db, id);
    },
    async updateMetadata({ id, patch }) {
      return updateArticleMetadata(db, id, patch);
    },
    async deleteArticle({ id }) {
      deleteArticle(db, id);
      return { deleted: id };
    },
    async importUploads({ files }) {
      return importSources(
        db,
        files.map((f) => ({
          label: f.name,
          group: 'upload',
          read: async () => {
            const bytes = Buffer.from(f.dataBase64, 'base64');
            if (bytes.length > MAX_FILE_BYTES) {
              throw new ParallaxError('FILE_TOO_LARGE', `file larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit`);
            }
            return { name: baseName(f.name), bytes };
          },
        })),
      );
    },
  };
}

/** Uploaded names are labels only; strip any path so "../x.txt" can never mean a location. */
function baseName(name: string): string {
  const parts = name.split(/[\\/]/);
  return parts[parts.length - 1] || 'upload';
}
