// Restoring a `.parallax-backup` file: straight into an empty library; into one that holds data
// only after confirmation, and then the library as it was is first saved as a backup in its
// folder, so nothing is lost. A damaged or foreign file is refused with the core's reason.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RestoreReport } from '../../../shared/backup';
import { ParallaxError } from '../../../shared/errors';
import { useApi } from '../api/api-context';
import { describeError } from '../api/describe-error';

type Step =
  | { kind: 'idle' }
  | { kind: 'confirm'; file: File; dataBase64: string; articles: number }
  | { kind: 'working'; file: File }
  | { kind: 'done'; report: RestoreReport }
  | { kind: 'failed'; file: File; message: string };

export function useRestoreLibrary() {
  const api = useApi();
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  const restore = useCallback(
    async (file: File, dataBase64: string, force: boolean) => {
      setStep({ kind: 'working', file });
      try {
        setStep({ kind: 'done', report: await api.restoreLibrary({ dataBase64, force }) });
      } catch (err) {
        setStep({ kind: 'failed', file, message: describeError(err).message });
      }
    },
    [api],
  );

  const choose = useCallback(
    async (file: File) => {
      setStep({ kind: 'working', file });
      try {
        const dataBase64 = await readBase64(file);
        const { articleCount } = await api.getLibraryInfo({});
        if (articleCount > 0) setStep({ kind: 'confirm', file, dataBase64, articles: articleCount });
        else await restore(file, dataBase64, false);
      } catch (err) {
        setStep({ kind: 'failed', file, message: describeError(err).message });
      }
    },
    [api, restore],
  );

  return {
    step,
    choose,
    confirm: () => step.kind === 'confirm' && void restore(step.file, step.dataBase64, true),
    dismiss: () => setStep({ kind: 'idle' }),
  };
}

export function RestoreDialog({ restoring }: { restoring: ReturnType<typeof useRestoreLibrary> }) {
  const { step, confirm, dismiss } = restoring;
  const primary = useRef<HTMLButtonElement>(null);
  useEffect(() => primary.current?.focus(), [step.kind]);
  if (step.kind === 'idle') return null;
  return (
    <div className="restore-backdrop">
      <div
        className="restore-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="restore-title"
        aria-describedby="restore-text"
        data-testid="restore-dialog"
        data-step={step.kind}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && step.kind !== 'working') dismiss();
          if (e.key === 'Tab') keepFocusInside(e.currentTarget, e);
        }}
      >
        {step.kind === 'confirm' ? (
          <>
            <h2 id="restore-title">Replace this library with the backup?</h2>
            <p id="restore-text">
              This library holds {step.articles === 1 ? '1 article' : `${step.articles} articles`}. Restoring{' '}
              <strong>{step.file.name}</strong> replaces them, with their highlights and notes, by the backup’s. The library as it is
              now is saved first as a backup in its folder, so nothing is lost.
            </p>
            <div className="restore-buttons">
              <button type="button" className="button" onClick={dismiss}>
                Cancel
              </button>
              <button ref={primary} type="button" className="button button-primary" data-testid="restore-confirm" onClick={confirm}>
                Replace with the backup
              </button>
            </div>
          </>
        ) : step.kind === 'working' ? (
          <>
            <h2 id="restore-title">Restoring…</h2>
            <p id="restore-text">Reading {step.file.name}.</p>
          </>
        ) : step.kind === 'failed' ? (
          <>
            <h2 id="restore-title">This backup could not be restored</h2>
            <p id="restore-text" data-testid="restore-error">
              {step.message}
            </p>
            <p className="restore-hint">Your library was not changed.</p>
            <div className="restore-buttons">
              <button ref={primary} type="button" className="button button-primary" onClick={dismiss}>
                Close
              </button>
            </div>
          </>
        ) : (
          <>
            <h2 id="restore-title">Library restored</h2>
            <p id="restore-text" data-testid="restore-result">
              {restoredSummary(step.report)}
            </p>
            {step.report.previousLibrary ? (
              <p className="restore-hint" data-testid="restore-previous">
                The library it replaced was saved as {step.report.previousLibrary}.
              </p>
            ) : null}
            <div className="restore-buttons">
              <button ref={primary} type="button" className="button button-primary" data-testid="restore-open" onClick={() => window.location.reload()}>
                Open the restored library
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}

/** The dialog is modal: Tab and Shift+Tab go round its buttons. */
function keepFocusInside(dialog: HTMLElement, e: { shiftKey: boolean; preventDefault: () => void }): void {
  const buttons = Array.from(dialog.querySelectorAll<HTMLElement>('button:not(:disabled)'));
  if (!buttons.length) return;
  const first = buttons[0]!;
  const last = buttons[buttons.length - 1]!;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

function restoredSummary(report: RestoreReport): string {
  const { articles = 0, highlights = 0, notes = 0 } = report.rowCounts;
  const made = new Date(report.manifest.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `Restored ${count(articles, 'article', 'articles')}, ${count(highlights, 'highlight', 'highlights')} and ${count(notes, 'note', 'notes')} from a backup made on ${made}.`;
}

/** The file's bytes as base64, without building a giant string by hand. */
function readBase64(file: File): Promise<string> {
  if (file.size === 0) return Promise.reject(new ParallaxError('INVALID_INPUT', `${file.name} is empty: it is not a Parallax backup.`));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new ParallaxError('READ_FAILED', `Could not read ${file.name}.`));
    reader.readAsDataURL(file);
  });
}
