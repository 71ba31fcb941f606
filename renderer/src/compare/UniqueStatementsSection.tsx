// What only one source says, per source, in the order it says it.
import type { UniqueStatements } from '../../../shared/comparison';
import { useCompare } from './compare-context';
import { PaneSection, ShowMore } from './PaneSection';
import { PassageText } from './PassageText';
import { SourceChip } from './SourceChip';

export function UniqueStatementsSection({ groups }: { groups: readonly UniqueStatements[] }) {
  const { source, focus } = useCompare();
  const total = groups.reduce((n, g) => n + g.statements.length, 0);
  return (
    <PaneSection title="Only in this source" count={total} testId="compare-unique">
      {groups.map((group) => {
        const s = source(group.articleId);
        return (
          <div key={group.articleId} className="unique-group">
            <h4 className="compare-subheading">
              {s ? <SourceChip source={s} withTitle /> : null}
              <span className="compare-count">{group.statements.length}</span>
            </h4>
            {group.statements.length === 0 ? (
              <p className="compare-empty">Nothing this source says alone.</p>
            ) : (
              <div className="compare-list is-tight">
                <ShowMore
                  items={group.statements}
                  limit={4}
                  noun="statements"
                  render={(p) => (
                    // The whole row answers a mouse click; its words are the button for keyboards.
                    <div key={p.start} className="statement is-clickable" style={{ borderColor: s?.color }} onClick={() => focus([p])}>
                      <PassageText text={p.text} lines={2} onShow={() => focus([p])} />
                    </div>
                  )}
                />
              </div>
            )}
          </div>
        );
      })}
    </PaneSection>
  );
}
