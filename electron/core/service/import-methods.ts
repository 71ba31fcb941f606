// The import part of the ReaderApi: uploads (browser mode) as background jobs with progress and
// cancel, links dropped from a browser, near-duplicate decisions, and re-cleaning stored articles.
import type { ReaderApi } from '../../../shared/api';
import { ParallaxError } from '../../../shared/errors';
import type { UploadedFile } from '../../../shared/uploaded-file';
import { fetchUrl } from '../import/fetch-url';
import { MAX_FILE_BYTES } from '../import/types';
import { importJobsFor } from '../jobs/import-jobs';
import { importSources, type ImportEntry } from '../library/import-into-library';
import { allArticleIds, recleanArticles } from '../library/import-reclean';
import type { Library } from '../library/library';

type ImportMethods = Pick<
  ReaderApi,
  | 'importUploads'
  | 'startImport'
  | 'getImportJob'
  | 'cancelImport'
  | 'resolveNearDuplicate'
  | 'importUrl'
  | 'recleanArticle'
  | 'recleanAll'
>;

export function createImportMethods(library: Library): ImportMethods {
  const { db } = library;
  const jobs = importJobsFor(db);
  return {
    async importUploads({ files }) {
      return importSources(db, files.map(uploadEntry));
    },
    async startImport({ uploads, totalFiles, jobId }) {
      const entries = uploads.map(uploadEntry);
      if (jobId) {
        jobs.add(jobId, entries);
        return { jobId };
      }
      return { jobId: jobs.start(entries, { expectedTotal: totalFiles }) };
    },
    async getImportJob({ jobId }) {
      return jobs.get(jobId);
    },
    async cancelImport({ jobId }) {
      return jobs.cancel(jobId);
    },
    async resolveNearDuplicate({ jobId, file, keep }) {
      return jobs.resolveNearDuplicate(jobId, file, keep);
    },
    async importUrl({ url }) {
      const entry: ImportEntry = { label: url, group: 'link', canonicalUrl: url, read: () => fetchUrl(url) };
      return { jobId: jobs.start([entry]) };
    },
    async recleanArticle({ id }) {
      const report = await recleanArticles(db, [id]);
      const failure = report.failed[0];
      if (failure) throw new ParallaxError('UNSUPPORTED_FORMAT', `Article ${id} could not be re-cleaned: ${failure.reason}`);
      return report;
    },
    async recleanAll() {
      return recleanArticles(db, allArticleIds(db));
    },
  };
}

/** Uploaded names are labels only; strip any path so "../x.txt" can never mean a location. */
function uploadEntry(f: UploadedFile): ImportEntry {
  return {
    label: f.name,
    group: 'upload',
    read: async () => {
      const bytes = Buffer.from(f.dataBase64, 'base64');
      if (bytes.length > MAX_FILE_BYTES) {
        throw new ParallaxError('FILE_TOO_LARGE', `file larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit`);
      }
      return { name: baseName(f.name), bytes };
    },
  };
}

function baseName(name: string): string {
  const parts = name.split(/[\\/]/);
  return parts[parts.length - 1] || 'upload';
}
