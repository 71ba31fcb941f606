// Runs an import of dropped or picked files and keeps its report for the report panel.
import { useCallback, useState } from 'react';
import type { ImportItem, ImportReport } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { useNotices } from '../state/notices';
import { batchFiles, tooLarge, toUploads } from './read-files';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'working'; fileCount: number }
  | { phase: 'done'; report: ImportReport };

export function useImport(onImported: () => void) {
  const api = useApi();
  const { reportError } = useNotices();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      setState({ phase: 'working', fileCount: files.length });
      const results: ImportItem[] = [];
      const sendable: File[] = [];
      for (const file of files) {
        const refusal = tooLarge(file);
        if (refusal) results.push(refusal);
        else sendable.push(file);
      }
      try {
        for (const batch of batchFiles(sendable)) {
          const report = await api.importUploads({ files: await toUploads(batch) });
          results.push(...report.results);
        }
      } catch (err) {
        reportError(err);
      }
      // Whatever got in before a failure is in the library; show it and refresh either way.
      if (results.length === 0) setState({ phase: 'idle' });
      else setState({ phase: 'done', report: summarise(results) });
      onImported();
    },
    [api, reportError, onImported],
  );

  return { state, importFiles, dismiss: () => setState({ phase: 'idle' }) };
}

function summarise(results: ImportItem[]): ImportReport {
  const count = (status: ImportItem['status']) => results.filter((r) => r.status === status).length;
  return { results, imported: count('imported'), duplicates: count('duplicate'), rejected: count('rejected') };
}
