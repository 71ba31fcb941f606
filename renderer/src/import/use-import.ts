// Runs imports as core jobs and follows them: files dropped or picked (uploaded in browser mode,
// passed as paths in Electron), links dropped from a browser, and jobs main started from its menu.
// Polls the job every ~500 ms and refreshes the library as articles arrive.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportItem } from '../../../shared/domain';
import { ParallaxError } from '../../../shared/errors';
import type { ImportJob } from '../../../shared/import-jobs';
import { useApi } from '../api/api-context';
import { useNotices } from '../state/notices';
import { findDesktopImportBridge } from './desktop-bridge';
import { batchFiles, tooLarge, toUploads } from './read-files';

const POLL_MS = 500;

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'preparing'; fileCount: number }
  /** `refused` are files the window refused before sending (too large). */
  | { phase: 'job'; job: ImportJob; refused: ImportItem[] };

export function useImport(onImported: () => void) {
  const api = useApi();
  const { reportError } = useNotices();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const watched = useRef<{ jobId: string; refused: ImportItem[] } | null>(null);
  const onImportedRef = useRef(onImported);
  onImportedRef.current = onImported;

  const watch = useCallback(
    (jobId: string, refused: ImportItem[] = []) => {
      watched.current = { jobId, refused };
      let lastDone = -1;
      const tick = async () => {
        if (watched.current?.jobId !== jobId) return;
        try {
          const job = await api.getImportJob({ jobId });
          if (watched.current?.jobId !== jobId) return;
          setState({ phase: 'job', job, refused: watched.current.refused });
          if (job.done !== lastDone) {
            lastDone = job.done;
            onImportedRef.current();
          }
          if (job.state === 'running') setTimeout(tick, POLL_MS);
          else onImportedRef.current();
        } catch (err) {
          reportError(err);
        }
      };
      void tick();
    },
    [api, reportError],
  );

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      const desktop = findDesktopImportBridge();
      try {
        if (desktop) {
          const started = await desktop.importDroppedFiles(files);
          if (!started.ok) throw new ParallaxError(started.error.code, started.error.message);
          return watch(started.value.jobId);
        }
        setState({ phase: 'preparing', fileCount: files.length });
        const refused: ImportItem[] = [];
        const sendable: File[] = [];
        for (const file of files) {
          const refusal = tooLarge(file);
          if (refusal) refused.push(refusal);
          else sendable.push(file);
        }
        if (!sendable.length) {
          const job: ImportJob = { jobId: 'local-refusals', state: 'done', done: 0, total: 0, currentFile: null, results: [] };
          return setState({ phase: 'job', job, refused });
        }
        let jobId: string | null = null;
        for (const batch of batchFiles(sendable)) {
          const uploads = await toUploads(batch);
          if (jobId === null) {
            jobId = (await api.startImport({ uploads, totalFiles: sendable.length })).jobId;
            watch(jobId, refused);
          } else {
            if (watched.current?.jobId !== jobId) break; // dismissed
            const job = await api.getImportJob({ jobId });
            if (job.state === 'cancelled') break;
            await api.startImport({ uploads, jobId });
          }
        }
      } catch (err) {
        reportError(err);
        setState((s) => (s.phase === 'preparing' ? { phase: 'idle' } : s));
      }
    },
    [api, reportError, watch],
  );

  const importUrl = useCallback(
    async (url: string) => {
      try {
        watch((await api.importUrl({ url })).jobId);
      } catch (err) {
        reportError(err);
      }
    },
    [api, reportError, watch],
  );

  const cancel = useCallback(async () => {
    const jobId = watched.current?.jobId;
    if (!jobId) return;
    try {
      const job = await api.cancelImport({ jobId });
      setState({ phase: 'job', job, refused: watched.current?.refused ?? [] });
      onImportedRef.current();
    } catch (err) {
      reportError(err);
    }
  }, [api, reportError]);

  const resolveNearDuplicate = useCallback(
    async (file: string, keep: boolean) => {
      const jobId = watched.current?.jobId;
      if (!jobId) return;
      try {
        await api.resolveNearDuplicate({ jobId, file, keep });
        const job = await api.getImportJob({ jobId });
        setState({ phase: 'job', job, refused: watched.current?.refused ?? [] });
        if (keep) onImportedRef.current();
      } catch (err) {
        reportError(err);
      }
    },
    [api, reportError],
  );

  const dismiss = useCallback(() => {
    watched.current = null;
    setState({ phase: 'idle' });
  }, []);

  // Jobs main started itself (File > Import… in Electron) show in the same panel.
  useEffect(() => findDesktopImportBridge()?.onImportStarted(({ jobId }) => watch(jobId)), [watch]);

  return { state, importFiles, importUrl, cancel, resolveNearDuplicate, dismiss };
}
