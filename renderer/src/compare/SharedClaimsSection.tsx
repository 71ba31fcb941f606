// Facts several outlets report, strongest agreement first, each source's wording beside the
// others'. Clicking a claim shows every wording in its column.
import type { SharedClaim } from '../../../shared/comparison';
import { useCompare } from './compare-context';
import { PaneSection, ShowMore } from './PaneSection';
import { PassageText } from './PassageText';
import { SourceChip } from './SourceChip';

export function SharedClaimsSection({ claims }: { claims: readonly SharedClaim[] }) {
  return (
    <PaneSection title="Shared claims" count={claims.length} testId="compare-shared">
      {claims.length === 0 ? (
        <p className="compare-empty">No statement is reported by more than one of these articles.</p>
      ) : (
        <div className="compare-list">
          <ShowMore items={claims} limit={6} noun="claims" render={(claim) => <ClaimCard key={claim.id} claim={claim} />} />
        </div>
      )}
    </PaneSection>
  );
}

function ClaimCard({ claim }: { claim: SharedClaim }) {
  const { source, focus } = useCompare();
  const strength = Math.round(claim.strength * 100);
  return (
    <article className="compare-card is-clickable" data-testid="shared-claim" onClick={() => focus(claim.wordings)}>
      <header className="compare-card-head">
        <span className="claim-strength" title={`Agreement ${strength}%`}>
          <span className="claim-strength-bar" aria-hidden="true">
            <span style={{ width: `${strength}%` }} />
          </span>
          <span className="compare-faint">{strength}% match</span>
        </span>
        <button type="button" className="compare-link" onClick={(e) => (e.stopPropagation(), focus(claim.wordings))}>
          Show in columns
        </button>
      </header>
      <ul className="wording-list">
        {claim.wordings.map((w) => {
          const s = source(w.articleId);
          return (
            <li key={`${w.articleId}-${w.start}`} className="wording" style={{ borderColor: s?.color }}>
              {s ? <SourceChip source={s} /> : null}
              <PassageText text={w.text} />
            </li>
          );
        })}
      </ul>
    </article>
  );
}
