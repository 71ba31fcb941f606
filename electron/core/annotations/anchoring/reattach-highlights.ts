// After an article's text changes (a re-clean), highlights whose very words are still there but
// moved are pointed at their new place, so they read as exact again. Highlights found only
// approximately keep their stored selectors: the anchoring panel shows them for a person to
// accept or repair; orphans keep everything, never dropped.
import type { Database } from 'better-sqlite3';
import type { AnchorStatus } from '../../../../shared/annotations';
import { listHighlights, setHighlightTarget } from '../highlights';
import { anchorHighlight } from './anchor-highlight';
import { describeRange } from './text-position';

export type AnchoringCounts = Record<AnchorStatus, number>;

/** Call inside the transaction that wrote the article's new text. */
export function reattachHighlights(db: Database, articleId: number, text: string): AnchoringCounts {
  const counts: AnchoringCounts = { exact: 0, approximate: 0, orphaned: 0 };
  for (const highlight of listHighlights(db, articleId)) {
    const anchor = anchorHighlight(text, highlight);
    if (anchor.status === 'approximate' && text.slice(anchor.start, anchor.end) === highlight.quote.exact) {
      setHighlightTarget(db, highlight.id, describeRange(text, anchor));
      counts.exact++;
    } else {
      counts[anchor.status]++;
    }
  }
  return counts;
}
