// What changed between two versions of an article: a modal with the two versions to compare and
// the text, insertions underlined in green and deletions struck through in red, unchanged
// paragraphs folded to keep the changes in view.
import { useEffect, useRef, useState } from 'react';
import type { ArticleVersions, ParagraphDiff, VersionDiff } from '../../../shared/versions';
import { useApi } from '../api/api-context';

interface Props {
  versions: ArticleVersions;
  title: string | null;
  onClose: () => void;
}

export function VersionsDialog({ versions, title, onClose }: Props) {
  const api = useApi();
  const [to, setTo] = useState(versions.current);
  const [from, setFrom] = useState(Math.max(1, versions.current - 1));
  const [diff, setDiff] = useState<VersionDiff | null>(null);
  const [error, setError] = useState<string | null>(null);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    setError(null);
    api.versionDiff({ id: versions.id, from, to }).then(
      (d) => live && setDiff(d),
      (e: { message?: string }) => live && setError(e.message ?? 'The versions could not be compared.'),
    );
    return () => {
      live = false;
    };
  }, [api, versions.id, from, to]);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current?.focus();
    return () => previous?.focus({ preventScroll: true });
  }, []);

  const label = (v: ArticleVersions['versions'][number]) =>
    `v${v.version}${v.current ? ' (current)' : ''} · ${new Date(v.importedAt).toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' })} · ${v.wordCount} words`;
  const picker = (value: number, set: (n: number) => void, name: string) => (
    <select className="versions-select" aria-label={name} value={value} onChange={(e) => set(Number(e.target.value))}>
      {versions.versions.map((v) => (
        <option key={v.version} value={v.version}>
          {label(v)}
        </option>
      ))}
    </select>
  );

  return (
    <div className="versions-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={dialog}
        className="versions-dialog"
        role="dialog"
        aria-modal="true"
        aria-label="Versions of this article"
        tabIndex={-1}
        data-testid="versions-dialog"
        onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), onClose())}
      >
        <header className="versions-head">
          <div>
            <h2 className="versions-title">What changed</h2>
            <p className="versions-subtitle">{title ?? 'Untitled article'}</p>
          </div>
          <button type="button" className="versions-close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        <div className="versions-pickers">
          {picker(from, setFrom, 'Compare from version')}
          <span aria-hidden="true">→</span>
          {picker(to, setTo, 'Compare to version')}
        </div>
        {diff ? <DiffStats diff={diff} /> : null}
        <div className="versions-body" data-testid="versions-diff">
          {error ? <p className="versions-error">{error}</p> : diff ? <DiffText paragraphs={diff.paragraphs} /> : <p className="versions-loading">Comparing…</p>}
        </div>
      </div>
    </div>
  );
}

function DiffStats({ diff }: { diff: VersionDiff }) {
  const s = diff.stats;
  const parts = [
    s.paragraphsChanged && `${s.paragraphsChanged} paragraph${s.paragraphsChanged === 1 ? '' : 's'} changed`,
    s.paragraphsAdded && `${s.paragraphsAdded} added`,
    s.paragraphsRemoved && `${s.paragraphsRemoved} removed`,
  ].filter(Boolean);
  return (
    <p className="versions-stats" data-testid="versions-stats">
      {parts.length ? parts.join(', ') : 'No differences in the text'}
      {parts.length ? (
        <>
          {' · '}
          <span className="diff-count-added">+{words(s.wordsAdded)}</span> <span className="diff-count-removed">−{words(s.wordsRemoved)}</span>
        </>
      ) : null}
    </p>
  );
}

function words(n: number): string {
  return `${n} ${n === 1 ? 'word' : 'words'}`;
}

/** Changed paragraphs in full; runs of unchanged ones folded to their first words. */
function DiffText({ paragraphs }: { paragraphs: ParagraphDiff[] }) {
  return (
    <>
      {paragraphs.map((p, i) => {
        if (p.op === 'same') {
          return (
            <p key={i} className="diff-same">
              {p.text.length > 160 ? `${p.text.slice(0, 160).trimEnd()}…` : p.text}
            </p>
          );
        }
        if (p.op === 'changed') {
          return (
            <p key={i} className="diff-changed" data-op="changed">
              {(p.tokens ?? []).map((t, j) => (
                <span key={j}>
                  {j ? ' ' : ''}
                  {t.op === 'same' ? t.text : t.op === 'added' ? <ins>{t.text}</ins> : <del>{t.text}</del>}
                </span>
              ))}
            </p>
          );
        }
        return (
          <p key={i} className={`diff-${p.op}`} data-op={p.op}>
            <span className="diff-tag">{p.op === 'added' ? 'Added' : 'Removed'}</span>
            {p.op === 'added' ? <ins>{p.text}</ins> : <del>{p.text}</del>}
          </p>
        );
      })}
    </>
  );
}
