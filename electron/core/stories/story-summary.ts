// What a story shows: a title (its most central article's), the days it spans, how many articles
// and how many independent reports, its outlets, and the people, places, dates and terms it shares.
import type { StorySummary } from '../../../shared/stories';
import type { DocumentFeatures } from './document-vector';
import { KEY_TERMS, SURFACE_ARTICLES, keyTermStems, keyTerms } from './key-terms';
import { cosine } from './relatedness';
import { normalise, type WeightedDocument } from './weighted-document';

export interface SummaryMember {
  id: number;
  title: string | null;
  outlet: string | null;
  features: DocumentFeatures;
  weighted: WeightedDocument;
  reprintOf: number | null;
}

export type StoredSummary = Omit<StorySummary, 'id' | 'pinned'>;

/** An article's title and text, for the surface forms of key terms; null when it is gone. */
export type TextOf = (articleId: number) => string | null;

/**
 * `textOf` gives key terms as words (read for the most central articles only); without it they are
 * the stems themselves, filtered the same way.
 */
export function summariseStory(
  members: readonly SummaryMember[],
  textOf?: TextOf,
  stemCache?: Map<string, string>,
): { summary: StoredSummary; firstDay: number | null; lastDay: number | null } {
  const centroid = new Map<string, number>();
  for (const m of members) for (const [k, w] of m.weighted.terms) centroid.set(k, (centroid.get(k) ?? 0) + w);
  normalise(centroid);
  const byCentrality = [...members].sort((a, b) => cosine(b.weighted.terms, centroid) - cosine(a.weighted.terms, centroid) || a.id - b.id);
  const central = byCentrality[0];
  const ranked = [...centroid].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t]) => t);
  const entityNames = [...new Set(members.flatMap((m) => Object.values(m.features.entities).map((e) => e.name)))];
  const texts = function* () {
    for (const m of byCentrality.slice(0, SURFACE_ARTICLES)) {
      const text = textOf?.(m.id);
      if (text) yield text;
    }
  };
  const terms = textOf ? keyTerms(ranked, entityNames, texts(), stemCache) : keyTermStems(ranked, entityNames).slice(0, KEY_TERMS);
  const days = members.map((m) => m.features.eventDay).filter((d): d is number => d !== null);
  const firstDay = days.length ? Math.min(...days) : null;
  const lastDay = days.length ? Math.max(...days) : null;
  const ids = new Set(members.map((m) => m.id));
  const roots = new Set(members.map((m) => (m.reprintOf !== null && ids.has(m.reprintOf) ? m.reprintOf : m.id)));
  // Shared: carried by at least two articles and four in ten of them (everything, for one article).
  const needed = members.length === 1 ? 1 : Math.max(2, Math.ceil(members.length * 0.4));
  const entityCounts = new Map<string, { name: string; kind: string; n: number }>();
  const dateCounts = new Map<string, number>();
  for (const m of members) {
    for (const [id, e] of Object.entries(m.features.entities)) {
      const c = entityCounts.get(id) ?? { ...e, n: 0 };
      c.n++;
      entityCounts.set(id, c);
    }
    for (const d of Object.keys(m.features.dates)) dateCounts.set(d, (dateCounts.get(d) ?? 0) + 1);
  }
  const shared = [...entityCounts.values()].filter((e) => e.n >= needed).sort((a, b) => b.n - a.n || (a.name < b.name ? -1 : 1));
  const names = (kind: string) => shared.filter((e) => e.kind === kind).slice(0, 6).map((e) => e.name);
  const dates = [...dateCounts]
    .filter(([, n]) => n >= needed)
    .sort((a, b) => b[0].length - a[0].length || b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 5)
    .map(([d]) => d);
  return {
    summary: {
      title: central?.title ?? (terms.slice(0, 4).join(', ') || 'Untitled story'),
      span: { from: isoDay(firstDay), to: isoDay(lastDay) },
      articleCount: members.length,
      independentCount: roots.size,
      reprintCount: members.length - roots.size,
      outlets: [...new Set(members.map((m) => m.outlet).filter((o): o is string => !!o))].sort(),
      reasons: { people: names('person'), places: names('place'), organizations: names('organization'), dates, terms },
    },
    firstDay,
    lastDay,
  };
}

function isoDay(day: number | null): string | null {
  return day === null ? null : new Date(day * 86_400_000).toISOString().slice(0, 10);
}
