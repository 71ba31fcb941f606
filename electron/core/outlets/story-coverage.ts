// Per story, which outlets covered it grouped by their value of a label (or one group per outlet),
// with articles and independent reports (a copy of another article in the story is not one), and
// whether it is a blind spot: every outlet that covered it carries the same value.
import type { Database } from 'better-sqlite3';
import type { CoverageResult, CoverageSegment, LabelScheme, StoryCoverage } from '../../../shared/outlets';
import { listStories } from '../stories/story-read';
import { getScheme, groupNames, groupOf } from './label-schemes';

interface MemberRow {
  story_id: number;
  article_id: number;
  reprint_of: number | null;
  outlet_id: number | null;
  outlet: string | null;
}

export function storyCoverage(db: Database, schemeId: number | null): CoverageResult {
  const scheme = schemeId === null ? null : getScheme(db, schemeId);
  const values = new Map<number, string | null>();
  if (scheme) {
    const rows = db.prepare('SELECT outlet_id, value_text, value_number FROM outlet_labels WHERE scheme_id = ?').all(scheme.id) as {
      outlet_id: number;
      value_text: string | null;
      value_number: number | null;
    }[];
    for (const r of rows) values.set(r.outlet_id, groupOf(scheme, r.value_text ?? r.value_number ?? undefined));
  }
  const members = new Map<number, MemberRow[]>();
  const rows = db
    .prepare(
      `SELECT sa.story_id, sa.article_id, v.reprint_of, l.outlet_id, o.name AS outlet
       FROM story_articles sa
       LEFT JOIN story_vectors v ON v.article_id = sa.article_id
       LEFT JOIN article_outlets l ON l.article_id = sa.article_id
       LEFT JOIN outlets o ON o.id = l.outlet_id`,
    )
    .all() as MemberRow[];
  for (const r of rows) {
    const list = members.get(r.story_id);
    if (list) list.push(r);
    else members.set(r.story_id, [r]);
  }
  const stories = listStories(db).map((s) => coverageOf(s.id, members.get(s.id) ?? [], scheme, values));
  return { schemeId: scheme?.id ?? null, values: scheme ? groupNames(scheme) : [], stories };
}

function coverageOf(storyId: number, members: readonly MemberRow[], scheme: LabelScheme | null, values: Map<number, string | null>): StoryCoverage {
  const ids = new Set(members.map((m) => m.article_id));
  const segments = new Map<string, CoverageSegment>();
  const outlets = new Set<number>();
  for (const m of members) {
    if (m.outlet_id !== null) outlets.add(m.outlet_id);
    const value = m.outlet_id === null ? null : scheme ? (values.get(m.outlet_id) ?? null) : m.outlet;
    const key = value ?? '\u0000';
    const seg = segments.get(key) ?? { value, outlets: [], articleCount: 0, independentCount: 0 };
    if (m.outlet && !seg.outlets.includes(m.outlet)) seg.outlets.push(m.outlet);
    seg.articleCount++;
    if (m.reprint_of === null || !ids.has(m.reprint_of)) seg.independentCount++;
    segments.set(key, seg);
  }
  const order = scheme ? groupNames(scheme) : [];
  const rank = (v: string | null) => (v === null ? Infinity : order.includes(v) ? order.indexOf(v) : -1);
  const sorted = [...segments.values()]
    .map((s) => ({ ...s, outlets: s.outlets.sort((a, b) => a.localeCompare(b)) }))
    .sort((a, b) => rank(a.value) - rank(b.value) || b.articleCount - a.articleCount || (a.value ?? '').localeCompare(b.value ?? ''));
  // Articles with no known outlet say nothing about sides; an unlabelled outlet might be any side.
  const sides = new Set([...outlets].map((id) => values.get(id) ?? null));
  const blindSpot = scheme !== null && sides.size === 1 && !sides.has(null);
  return { storyId, outletCount: outlets.size, segments: sorted, blindSpot };
}
