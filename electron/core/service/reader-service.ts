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
import { importSource } from '../library/import-into-library';
import { summarise } from '../library/import-paths';
import type { Library } from '../library/library';
import { schemaVersion } from '../library/migrate';
import { MAX_FILE_BYTES } from '../import/types';
import { searchArticles } from '../search/search-articles';

/**
 * The whole API, composed from one method group per domain. A new domain adds its own
 * `create…Methods(library)` file next to this one and one spread line below.
 */
export function createReaderService(library: Library, options: { appVersion: string }): ReaderApi {
  return {
    ...createLibraryMethods(library, options),
  };
}

type LibraryMethods = Pick<
  ReaderApi,
  'getLibraryInfo' | 'listArticles' | 'getArticle' | 'search' | 'updateMetadata' | 'deleteArticle' | 'importUploads'
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
    async search({ query, limit }) {
      return searchArticles(db, query, limit ?? 50);
    },
    async updateMetadata({ id, patch }) {
      return updateArticleMetadata(db, id, patch);
    },
    async deleteArticle({ id }) {
      deleteArticle(db, id);
      return { deleted: id };
    },
    async importUploads({ files }) {
      const results = files.map((f) => {
        const bytes = Buffer.from(f.dataBase64, 'base64');
        if (bytes.length > MAX_FILE_BYTES) {
          return {
            file: f.name,
            status: 'rejected' as const,
            code: 'FILE_TOO_LARGE',
            reason: new ParallaxError('FILE_TOO_LARGE', `file larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit`).message,
          };
        }
        return importSource(db, { name: baseName(f.name), bytes }, f.name);
      });
      return summarise(results);
    },
  };
}

/** Uploaded names are labels only; strip any path so "../x.txt" can never mean a location. */
function baseName(name: string): string {
  const parts = name.split(/[\\/]/);
  return parts[parts.length - 1] || 'upload';
}
