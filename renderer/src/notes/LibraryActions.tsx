// The library-wide file actions of the Notes view: back up the whole library (a download of the
// `.parallax-backup` file) and restore one, export every annotation as W3C JSON-LD, and import such a file.
import { useRef, useState } from 'react';
import { useApi } from '../api/api-context';
import { downloadText } from '../annotations/clipboard';
import { useNotices } from '../state/notices';
import { BACKUP_EXTENSION } from '../../../shared/backup';
import { RestoreDialog, useRestoreLibrary } from './RestoreLibrary';

export function LibraryActions({ onImported }: { onImported: () => void }) {
  const api = useApi();
  const { inform, reportError } = useNotices();
  const picker = useRef<HTMLInputElement>(null);
  const backupPicker = useRef<HTMLInputElement>(null);
  const restoring = useRestoreLibrary();
  const [busy, setBusy] = useState<string | null>(null);

  const run = async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    try {
      await work();
    } catch (err) {
      reportError(err);
    } finally {
      setBusy(null);
    }
  };

  const backUp = () =>
    run('backup', async () => {
      const backup = await api.backupLibrary({});
      downloadBytes(backup.fileName, backup.dataBase64);
      inform(`Library backed up: ${backup.manifest.rowCounts.articles ?? 0} articles with their highlights and notes.`);
    });

  const exportJsonLd = () =>
    run('export', async () => {
      const out = await api.exportAnnotationsJsonLd({});
      downloadText(out.fileName, out.json, 'application/ld+json');
    });

  const importJsonLd = (file: File) =>
    run('import', async () => {
      const r = await api.importAnnotationsJsonLd({ json: await file.text() });
      const parts = [`${r.highlights} highlights`, `${r.articleNotes} article notes`];
      if (r.orphaned) parts.push(`${r.orphaned} no longer in their article’s text (kept)`);
      if (r.alreadyPresent) parts.push(`${r.alreadyPresent} already here`);
      if (r.unmatched) parts.push(`${r.unmatched} for articles not in this library`);
      inform(`Imported ${parts.join(', ')}.`);
      onImported();
    });

  return (
    <div className="notes-library-actions" role="group" aria-label="Library files">
      <button type="button" className="button button-quiet" data-testid="export-jsonld" disabled={busy !== null} onClick={() => void exportJsonLd()}>
        Export annotations (JSON-LD)
      </button>
      <button type="button" className="button button-quiet" data-testid="import-jsonld" disabled={busy !== null} onClick={() => picker.current?.click()}>
        Import annotations…
      </button>
      <button type="button" className="button button-quiet" data-testid="backup-library" disabled={busy !== null} onClick={() => void backUp()}>
        {busy === 'backup' ? 'Backing up…' : 'Back up library…'}
      </button>
      <button
        type="button"
        className="button button-quiet"
        data-testid="restore-library"
        disabled={busy !== null || restoring.step.kind !== 'idle'}
        onClick={() => backupPicker.current?.click()}
      >
        Restore library…
      </button>
      <input
        ref={backupPicker}
        className="visually-hidden"
        type="file"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="restore-file"
        accept={`${BACKUP_EXTENSION},application/vnd.sqlite3,application/octet-stream`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void restoring.choose(file);
        }}
      />
      <RestoreDialog restoring={restoring} />
      <input
        ref={picker}
        className="visually-hidden"
        type="file"
        tabIndex={-1}
        aria-hidden="true"
        accept=".jsonld,.json,application/ld+json,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importJsonLd(file);
        }}
      />
    </div>
  );
}

function downloadBytes(fileName: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.sqlite3' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
