// The person's own reading balance: articles read, highlights and notes made, by outlet, by a
// label's values, and over time (weeks starting on Monday, or months). Private: nothing leaves
// the library; it is computed from reading progress and annotations on demand.
import type { Database } from 'better-sqlite3';
import type { BalanceCounts, ReadingBalance } from '../../../shared/outlets';
import { getScheme, groupNames, groupOf } from './label-schemes';

type Kind = keyof BalanceCounts;
interface ActivityRow {
  kind: Kind;
  at: string;
  outlet_id: number | null;
  outlet: string | null;
}

const MAX_PERIODS = { week: 26, month: 24 } as const;

export function readingBalance(db: Database, period: 'week' | 'month', schemeId: number | null, now = new Date()): ReadingBalance {
  const scheme = schemeId === null ? null : getScheme(db, schemeId);
  const rows = db
    .prepare(
      `SELECT x.kind, x.at, l.outlet_id, o.name AS outlet FROM (
         SELECT 'read' AS kind, updated_at AS at, article_id FROM reading_progress WHERE status <> 'unread' OR progress > 0
         UNION ALL SELECT 'highlights', created_at, article_id FROM highlights
         UNION ALL SELECT 'notes', created_at, article_id FROM notes WHERE trim(body) <> ''
       ) x
       LEFT JOIN article_outlets l ON l.article_id = x.article_id
       LEFT JOIN outlets o ON o.id = l.outlet_id`,
    )
    .all() as ActivityRow[];
  const labelOf = new Map<number, string | null>();
  if (scheme) {
    for (const r of db.prepare('SELECT outlet_id, value_text, value_number FROM outlet_labels WHERE scheme_id = ?').all(scheme.id) as {
      outlet_id: number;
      value_text: string | null;
      value_number: number | null;
    }[]) {
      labelOf.set(r.outlet_id, groupOf(scheme, r.value_text ?? r.value_number ?? undefined));
    }
  }
  const totals = zero();
  const byOutlet = new Map<string, BalanceCounts & { outletId: number | null; name: string }>();
  const byLabel = new Map<string, BalanceCounts & { value: string | null }>();
  if (scheme) for (const v of groupNames(scheme)) byLabel.set(v, { value: v, ...zero() });
  const byPeriod = new Map<string, BalanceCounts>();
  for (const r of rows) {
    totals[r.kind]++;
    const outletKey = String(r.outlet_id);
    const o = byOutlet.get(outletKey) ?? { outletId: r.outlet_id, name: r.outlet ?? 'Unknown outlet', ...zero() };
    o[r.kind]++;
    byOutlet.set(outletKey, o);
    if (scheme) {
      const value = r.outlet_id === null ? null : (labelOf.get(r.outlet_id) ?? null);
      const l = byLabel.get(value ?? '\u0000') ?? { value, ...zero() };
      l[r.kind]++;
      byLabel.set(value ?? '\u0000', l);
    }
    const p = periodOf(new Date(r.at), period);
    const counts = byPeriod.get(p) ?? zero();
    counts[r.kind]++;
    byPeriod.set(p, counts);
  }
  const activity = (c: BalanceCounts) => c.read + c.highlights + c.notes;
  return {
    period,
    schemeId: scheme?.id ?? null,
    totals,
    byOutlet: [...byOutlet.values()].sort((a, b) => activity(b) - activity(a) || a.name.localeCompare(b.name)),
    byLabel: [...byLabel.values()],
    overTime: periodsUpTo(now, period, [...byPeriod.keys()].sort()[0] ?? null).map((p) => ({ period: p, ...(byPeriod.get(p) ?? zero()) })),
  };
}

/** "2026-11" for a month; the Monday that starts the week ("2026-11-23") for a week; in UTC. */
export function periodOf(date: Date, period: 'week' | 'month'): string {
  if (period === 'month') return date.toISOString().slice(0, 7);
  const monday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  return monday.toISOString().slice(0, 10);
}

function periodsUpTo(now: Date, period: 'week' | 'month', first: string | null): string[] {
  const out: string[] = [];
  const cursor = new Date(now);
  for (let i = 0; i < MAX_PERIODS[period]; i++) {
    const p = periodOf(cursor, period);
    out.unshift(p);
    if (first === null || p <= first) break;
    if (period === 'week') cursor.setUTCDate(cursor.getUTCDate() - 7);
    else cursor.setUTCMonth(cursor.getUTCMonth() - 1, 1);
  }
  return out;
}

function zero(): BalanceCounts {
  return { read: 0, highlights: 0, notes: 0 };
}
