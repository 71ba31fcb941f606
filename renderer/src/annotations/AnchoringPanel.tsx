// Where each highlight landed in the article's current text: exactly, approximately (the words
// changed a little) or not at all (orphaned, kept with its quote). Approximate ones can be kept
// where they landed; any can be attached to a passage chosen by selecting it in the text.
import type { AnchoredHighlight, AnchorStatus } from '../../../shared/annotations';
import { COLOR_NAMES } from './ColorSwatches';

export type AnchoringCounts = Record<AnchorStatus, number>;

export function countAnchoring(highlights: readonly AnchoredHighlight[]): AnchoringCounts {
  const counts: AnchoringCounts = { exact: 0, approximate: 0, orphaned: 0 };
  for (const h of highlights) counts[h.anchor.status]++;
  return counts;
}

export function describeAnchoring(counts: AnchoringCounts): string {
  const total = counts.exact + counts.approximate + counts.orphaned;
  if (total === 0) return 'No highlights to re-attach.';
  const highlights = total === 1 ? '1 highlight' : `${total} highlights`;
  return `${highlights}: ${counts.exact} re-attached exactly, ${counts.approximate} approximately, ${counts.orphaned} not found.`;
}

const STATUS_LABEL: Record<AnchorStatus, string> = {
  exact: 'Exact',
  approximate: 'Approximate',
  orphaned: 'Not found',
};

interface Props {
  highlights: readonly AnchoredHighlight[];
  /** The article's current canonical text, to show where approximate highlights landed. */
  text: string;
  busy: boolean;
  repairingId: number | null;
  onJump: (h: AnchoredHighlight) => void;
  onKeep: (h: AnchoredHighlight) => void;
  onRepair: (h: AnchoredHighlight) => void;
  onCancelRepair: () => void;
  onDelete: (h: AnchoredHighlight) => void;
  onClose: () => void;
}

export function AnchoringPanel(props: Props) {
  const { highlights, text, busy, repairingId, onJump, onKeep, onRepair, onCancelRepair, onDelete, onClose } = props;
  const counts = countAnchoring(highlights);
  const needing = highlights.filter((h) => h.anchor.status !== 'exact');
  const exact = highlights.filter((h) => h.anchor.status === 'exact');
  return (
    <section className="anchoring-panel" data-testid="anchoring-panel" aria-label="Highlight anchoring">
      <div className="anchoring-head">
        <h2>Highlight anchoring</h2>
        <p className="anchoring-summary" data-testid="anchoring-summary" role="status">
          {busy ? 'Re-cleaning from the original…' : describeAnchoring(counts)}
        </p>
        <button type="button" className="link-button" data-testid="anchoring-close" onClick={onClose}>
          Close
        </button>
      </div>
      {repairingId !== null ? (
        <p className="anchoring-repairing" data-testid="anchoring-repairing">
          Select the passage in the text below, then choose <strong>Attach here</strong>.
          <button type="button" className="link-button" onClick={onCancelRepair}>
            Cancel
          </button>
        </p>
      ) : null}
      {needing.length ? (
        <ul className="anchoring-list">
          {needing.map((h) => (
            <AnchoringItem
              key={h.id}
              highlight={h}
              text={text}
              repairing={repairingId === h.id}
              onJump={onJump}
              onKeep={onKeep}
              onRepair={onRepair}
              onDelete={onDelete}
            />
          ))}
        </ul>
      ) : highlights.length ? (
        <p className="notes-empty">Every highlight is on its words.</p>
      ) : null}
      {exact.length ? (
        <details className="anchoring-exact">
          <summary>Re-attached exactly ({exact.length})</summary>
          <ul className="anchoring-list">
            {exact.map((h) => (
              <AnchoringItem key={h.id} highlight={h} text={text} repairing={repairingId === h.id} onJump={onJump} onRepair={onRepair} />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

interface ItemProps {
  highlight: AnchoredHighlight;
  text: string;
  repairing: boolean;
  onJump: (h: AnchoredHighlight) => void;
  onKeep?: (h: AnchoredHighlight) => void;
  onRepair: (h: AnchoredHighlight) => void;
  onDelete?: (h: AnchoredHighlight) => void;
}

function AnchoringItem({ highlight: h, text, repairing, onJump, onKeep, onRepair, onDelete }: ItemProps) {
  const status = h.anchor.status;
  const now = status === 'approximate' ? text.slice(h.anchor.start, h.anchor.end) : null;
  return (
    <li className="anchoring-item" data-testid="anchoring-item" data-highlight-id={h.id} data-status={status} data-repairing={repairing || undefined}>
      <span className={`notes-chip highlight-${h.color}`} role="img" aria-label={`${COLOR_NAMES[h.color]} highlight`} />
      <div className="anchoring-item-body">
        <span className={`anchoring-status is-${status}`}>{STATUS_LABEL[status]}</span>
        <blockquote className="anchoring-quote">{h.quote.exact}</blockquote>
        {now !== null && now !== h.quote.exact ? (
          <p className="anchoring-now">
            <span className="anchoring-now-label">Now marks:</span> <span data-testid="anchoring-now">{now}</span>
          </p>
        ) : null}
        {h.note ? <p className="anchoring-note">{h.note}</p> : null}
        <div className="anchoring-actions">
          {status !== 'orphaned' ? (
            <button type="button" className="button button-quiet" onClick={() => onJump(h)}>
              Show
            </button>
          ) : null}
          {status === 'approximate' && onKeep ? (
            <button type="button" className="button button-quiet" data-testid="anchoring-keep" onClick={() => onKeep(h)}>
              Keep here
            </button>
          ) : null}
          <button
            type="button"
            className="button button-quiet"
            data-testid="anchoring-repair"
            aria-pressed={repairing}
            onClick={() => onRepair(h)}
          >
            {status === 'orphaned' ? 'Select new passage' : 'Select another passage'}
          </button>
          {status === 'orphaned' && onDelete ? (
            <button type="button" className="button button-quiet" data-testid="anchoring-delete" onClick={() => onDelete(h)}>
              Delete
            </button>
          ) : null}
        </div>
      </div>
    </li>
  );
}
