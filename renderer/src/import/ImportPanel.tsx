// The import panel: while a job runs, its progress (done / total, the current file, Cancel); then
// what happened to each file: in the library now (click to read), already there, nearly the same as
// an article already there (Keep both / Skip), or refused with the reason.
import type { ArticleId, ImportItem } from '../../../shared/domain';
import { formatCount } from '../labels/article-labels';
import { wantsBeside, type OpenIntent } from '../library/row-navigation';
import { CloseIcon } from '../ui/icons';
import { MOD_KEY } from '../ui/platform';
import type { ImportState } from './use-import';

interface Props {
  state: Exclude<ImportState, { phase: 'idle' }>;
  onOpen: (id: ArticleId, intent: OpenIntent) => void;
  onCancel: () => void;
  onResolve: (file: string, keep: boolean) => void;
  onDismiss: () => void;
}

const STATUS_LABEL: Record<ImportItem['status'], string> = {
  imported: 'Imported',
  duplicate: 'Already in library',
  'near-duplicate': 'Nearly the same',
  rejected: 'Not imported',
};

export function ImportPanel({ state, onOpen, onCancel, onResolve, onDismiss }: Props) {
  if (state.phase === 'preparing') {
    return (
      <section className="import-report" data-testid="import-panel" aria-label="Import" aria-busy="true">
        <div className="import-report-head">
          <h2>Reading {state.fileCount === 1 ? '1 file' : `${formatCount(state.fileCount)} files`}…</h2>
        </div>
        <div className="progress-bar" role="progressbar" aria-label="Reading files" />
      </section>
    );
  }
  const { job, refused } = state;
  const results = [...job.results, ...refused];
  if (job.state === 'running') {
    const percent = job.total ? Math.round((job.done / job.total) * 100) : 0;
    return (
      <section className="import-report" data-testid="import-panel" aria-label="Import" aria-busy="true">
        <div className="import-report-head">
          <h2>Importing {formatCount(job.done)} of {formatCount(job.total)}…</h2>
          <button type="button" className="import-cancel" onClick={onCancel}>
            Cancel
          </button>
        </div>
        <div
          className="import-progress"
          role="progressbar"
          aria-label="Import progress"
          aria-valuemin={0}
          aria-valuemax={job.total}
          aria-valuenow={job.done}
        >
          <span style={{ width: `${percent}%` }} />
        </div>
        <p className="import-current" data-testid="import-current">
          {job.currentFile ? fileName(job.currentFile) : 'Preparing…'}
        </p>
        <p className="import-summary">{summarise(results)}</p>
      </section>
    );
  }

  return (
    <section className="import-report" data-testid="import-report" aria-label="Import report" role="status">
      <div className="import-report-head">
        <h2>{job.state === 'cancelled' ? 'Import cancelled' : 'Import finished'}</h2>
        <button type="button" className="icon-button" aria-label="Close import report" onClick={onDismiss}>
          <CloseIcon />
        </button>
      </div>
      <p className="import-summary">
        {summarise(results)}
        {job.state === 'cancelled' ? ` · ${formatCount(Math.max(0, job.total - job.done))} not started` : ''}
      </p>
      {job.error ? <p className="import-error">{job.error}</p> : null}
      <ul className="import-items">
        {results.map((item, i) => (
          <ImportRow key={`${i}:${item.file}`} item={item} onOpen={onOpen} onResolve={onResolve} />
        ))}
      </ul>
    </section>
  );
}

function ImportRow({ item, onOpen, onResolve }: { item: ImportItem } & Pick<Props, 'onOpen' | 'onResolve'>) {
  const name = item.title || fileName(item.file);
  const opensArticle = item.id !== undefined && (item.status === 'imported' || item.status === 'duplicate');
  return (
    <li className="import-item" data-status={item.status}>
      <span className="import-status">{STATUS_LABEL[item.status]}</span>
      {opensArticle ? (
        <button
          type="button"
          className="import-open"
          title={`Open (${MOD_KEY}-click to open beside)`}
          onClick={(e) => onOpen(item.id as ArticleId, { beside: wantsBeside(e) })}
        >
          {name}
        </button>
      ) : (
        <span className="import-file">{name}</span>
      )}
      {item.title && item.title !== item.file ? <span className="import-detail">{fileName(item.file)}</span> : null}
      {item.status !== 'imported' && item.reason ? <span className="import-detail">{item.reason}</span> : null}
      {item.status === 'near-duplicate' ? (
        <span className="import-decide">
          <button type="button" onClick={() => onResolve(item.file, true)}>
            Keep both
          </button>
          <button type="button" onClick={() => onResolve(item.file, false)}>
            Skip
          </button>
        </span>
      ) : null}
    </li>
  );
}

function summarise(results: readonly ImportItem[]): string {
  const count = (status: ImportItem['status']) => results.filter((r) => r.status === status).length;
  return [
    `${formatCount(count('imported'))} imported`,
    count('duplicate') ? `${formatCount(count('duplicate'))} already in library` : null,
    count('near-duplicate') ? `${formatCount(count('near-duplicate'))} nearly the same as one there` : null,
    count('rejected') ? `${formatCount(count('rejected'))} not imported` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Paths (Electron) and links show by their last part; uploads are names already. */
function fileName(file: string): string {
  if (/^https?:\/\//i.test(file)) return file;
  const parts = file.split(/[\\/]/);
  return parts[parts.length - 1] || file;
}
