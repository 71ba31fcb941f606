// What happened to each imported file: in the library now (click to read), already there, or
// refused with the reason.
import type { ArticleId, ImportItem } from '../../../shared/domain';
import { formatCount } from '../labels/article-labels';
import { wantsBeside, type OpenIntent } from '../library/row-navigation';
import { CloseIcon } from '../ui/icons';
import type { ImportState } from './use-import';
import { MOD_KEY } from '../ui/platform';

interface Props {
  state: Exclude<ImportState, { phase: 'idle' }>;
  onOpen: (id: ArticleId, intent: OpenIntent) => void;
  onDismiss: () => void;
}

const STATUS_LABEL: Record<ImportItem['status'], string> = {
  imported: 'Imported',
  duplicate: 'Already in library',
  rejected: 'Not imported',
};

export function ImportReport({ state, onOpen, onDismiss }: Props) {
  if (state.phase === 'working') {
    return (
      <section className="import-report" data-testid="import-report" aria-label="Import" aria-busy="true">
        <div className="import-report-head">
          <h2>Importing {state.fileCount === 1 ? '1 file' : `${formatCount(state.fileCount)} files`}…</h2>
        </div>
        <div className="progress-bar" role="progressbar" aria-label="Importing" />
      </section>
    );
  }
  const { report } = state;
  const summary = [
    `${formatCount(report.imported)} imported`,
    report.duplicates ? `${formatCount(report.duplicates)} already in library` : null,
    report.rejected ? `${formatCount(report.rejected)} not imported` : null,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <section className="import-report" data-testid="import-report" aria-label="Import report" role="status">
      <div className="import-report-head">
        <h2>Import finished</h2>
        <button type="button" className="icon-button" aria-label="Close import report" onClick={onDismiss}>
          <CloseIcon />
        </button>
      </div>
      <p className="import-summary">{summary}</p>
      <ul className="import-items">
        {report.results.map((item, i) => (
          <li className="import-item" data-status={item.status} key={`${i}:${item.file}`}>
            <span className="import-status">{STATUS_LABEL[item.status]}</span>
            {item.id !== undefined && item.status !== 'rejected' ? (
              <button
                type="button"
                className="import-open"
                title={`Open (${MOD_KEY}-click to open beside)`}
                onClick={(e) => onOpen(item.id as ArticleId, { beside: wantsBeside(e) })}
              >
                {item.title || item.file}
              </button>
            ) : (
              <span className="import-file">{item.title || item.file}</span>
            )}
            {item.title && item.title !== item.file ? <span className="import-detail">{item.file}</span> : null}
            {item.status === 'rejected' && item.reason ? <span className="import-detail">{item.reason}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
