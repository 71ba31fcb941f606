// Who is quoted, saying what, by which sources. When several sources carry the same quote,
// the words they changed are marked against the first source's version.
import type { DiffToken, QuoteCluster } from '../../../shared/comparison';
import { clickable } from './clickable';
import { useCompare } from './compare-context';
import { PaneSection, ShowMore } from './PaneSection';
import { SourceChip, SourceChips } from './SourceChip';

export function QuotesSection({ quotes }: { quotes: readonly QuoteCluster[] }) {
  return (
    <PaneSection title="Quotes" count={quotes.length} testId="compare-quotes">
      {quotes.length === 0 ? (
        <p className="compare-empty">No quotations found.</p>
      ) : (
        <div className="compare-list">
          <ShowMore items={quotes} limit={6} noun="quotes" render={(q) => <QuoteCard key={q.id} quote={q} />} />
        </div>
      )}
    </PaneSection>
  );
}

function QuoteCard({ quote }: { quote: QuoteCluster }) {
  const { source, focus } = useCompare();
  const passages = quote.instances.map((i) => i.passage);
  const [first, ...others] = quote.instances;
  if (!first) return null;
  return (
    <article className="compare-card quote-card is-clickable" data-testid="compare-quote" {...clickable(() => focus(passages))}>
      <header className="compare-card-head">
        <span className={quote.speaker ? 'quote-speaker' : 'quote-speaker is-unknown'}>{quote.speaker ?? 'Unattributed'}</span>
        <SourceChips sources={quote.articleIds.map(source)} />
      </header>
      <blockquote className="quote-text">{first.text}</blockquote>
      {others.length > 0 ? (
        <ul className="quote-versions">
          {others.map((instance) => {
            const s = source(instance.articleId);
            const changed = instance.diff.some((t) => t.op !== 'same');
            return (
              <li key={`${instance.articleId}-${instance.passage.start}`}>
                {s ? <SourceChip source={s} /> : null}
                {changed ? <DiffText tokens={instance.diff} /> : <span className="compare-faint">Same words</span>}
              </li>
            );
          })}
        </ul>
      ) : null}
      {!quote.verbatim && others.length === 0 ? <p className="compare-faint">Paraphrased</p> : null}
    </article>
  );
}

function DiffText({ tokens }: { tokens: readonly DiffToken[] }) {
  return (
    <span className="quote-diff">
      {tokens.map((t, i) =>
        t.op === 'same' ? (
          <span key={i}>{t.text} </span>
        ) : t.op === 'added' ? (
          <ins key={i} title="Added in this version">
            {t.text}{' '}
          </ins>
        ) : (
          <del key={i} title="Missing from this version">
            {t.text}{' '}
          </del>
        ),
      )}
    </span>
  );
}
