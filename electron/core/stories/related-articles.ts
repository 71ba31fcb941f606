// Coverage related to one article: every other article scored by terms, entities and dates
// (see relatedness.ts), best first, with what each shares with it.
import type { Database } from 'better-sqlite3';
import { ParallaxError } from '../../../shared/errors';
import type { RelatedResult } from '../../../shared/stories';
import { relatedness, sharedEvidence } from './relatedness';
import { articleMeta } from './story-store';
import { loadLibraryCounts, loadVectors } from './vector-store';
import { weighDocument } from './weighted-document';

/** Scores below this are noise: two articles that merely share a country name. */
const MIN_SCORE = 0.05;

export function relatedArticles(db: Database, id: number, limit = 10): RelatedResult {
  const vectors = loadVectors(db);
  const target = vectors.find((v) => v.id === id);
  if (!target) throw new ParallaxError('NOT_FOUND', `There is no article ${id} in this library.`);
  const counts = loadLibraryCounts(db);
  const query = weighDocument(id, target.features, counts);
  const root = (v: { id: number; reprintOf: number | null }) => v.reprintOf ?? v.id;
  const scored = vectors
    .filter((v) => v.id !== id)
    .map((v) => {
      const doc = weighDocument(v.id, v.features, counts);
      const reprint = root(v) === root(target);
      return { v, doc, reprint, score: reprint ? 1 : relatedness(query, doc).score };
    })
    .filter((x) => x.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.v.id - b.v.id)
    .slice(0, limit);
  const meta = articleMeta(db, scored.map((x) => x.v.id));
  return {
    id,
    related: scored.map(({ v, doc, reprint, score }) => {
      const shared = sharedEvidence(query, doc);
      const m = meta.get(v.id)!;
      return {
        id: v.id,
        title: m.title,
        outlet: m.outlet,
        publishedAt: m.publishedAt,
        score: Math.round(score * 1000) / 1000,
        reprint,
        reasons: {
          sharedEntities: shared.entities.map((e) => ({ id: e, ...target.features.entities[e]! })),
          sharedTerms: shared.terms,
          sharedDates: shared.dates,
        },
      };
    }),
  };
}
