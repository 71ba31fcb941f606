// Label schemes the person defines ("My leaning": left/centre/right; "Rater X score": 0..10 by
// Rater X) and each outlet's value in them. Nothing is shipped: a new library has no scheme.
import type { Database } from 'better-sqlite3';
import { ParallaxError } from '../../../shared/errors';
import type { LabelScheme, LabelSchemeInput, LabelValue } from '../../../shared/outlets';

interface SchemeRow {
  id: number;
  name: string;
  kind: 'category' | 'score';
  values_json: string;
  rater: string | null;
  min: number | null;
  max: number | null;
}

const toScheme = (r: SchemeRow): LabelScheme => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  values: JSON.parse(r.values_json) as string[],
  rater: r.rater,
  min: r.min,
  max: r.max,
});

export function listSchemes(db: Database): LabelScheme[] {
  return (db.prepare('SELECT * FROM label_schemes ORDER BY id').all() as SchemeRow[]).map(toScheme);
}

export function getScheme(db: Database, id: number): LabelScheme {
  const row = db.prepare('SELECT * FROM label_schemes WHERE id = ?').get(id) as SchemeRow | undefined;
  if (!row) throw new ParallaxError('NOT_FOUND', `There is no label scheme ${id} in this library.`);
  return toScheme(row);
}

/** Creates a scheme, or changes one (values dropped from a category scheme are cleared from outlets). */
export function saveScheme(db: Database, input: LabelSchemeInput): LabelScheme {
  const values = input.kind === 'category' ? [...new Set(input.values ?? [])] : [];
  if (input.kind === 'category' && values.length < 2) throw new ParallaxError('INVALID_INPUT', 'A category label needs at least two values.');
  const min = input.kind === 'score' ? (input.min ?? 0) : null;
  const max = input.kind === 'score' ? (input.max ?? 10) : null;
  if (min !== null && max !== null && !(min < max)) throw new ParallaxError('INVALID_INPUT', 'A score’s lowest value must be below its highest.');
  return db.transaction(() => {
    const clash = db.prepare('SELECT id FROM label_schemes WHERE name = ? AND id IS NOT ?').pluck().get(input.name, input.id ?? null);
    if (clash) throw new ParallaxError('INVALID_INPUT', `There is already a label named “${input.name}”.`);
    const row = [input.name, input.kind, JSON.stringify(values), input.rater ?? null, min, max] as const;
    if (input.id === undefined) {
      const info = db
        .prepare('INSERT INTO label_schemes (name, kind, values_json, rater, min, max, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(...row, new Date().toISOString());
      return getScheme(db, Number(info.lastInsertRowid));
    }
    const before = getScheme(db, input.id);
    db.prepare('UPDATE label_schemes SET name = ?, kind = ?, values_json = ?, rater = ?, min = ?, max = ? WHERE id = ?').run(...row, input.id);
    if (before.kind !== input.kind) db.prepare('DELETE FROM outlet_labels WHERE scheme_id = ?').run(input.id);
    else if (input.kind === 'category') {
      db.prepare(`DELETE FROM outlet_labels WHERE scheme_id = ? AND value_text NOT IN (SELECT value FROM json_each(?))`).run(input.id, JSON.stringify(values));
    } else {
      db.prepare('DELETE FROM outlet_labels WHERE scheme_id = ? AND (value_number < ? OR value_number > ?)').run(input.id, min, max);
    }
    return getScheme(db, input.id);
  })();
}

export function deleteScheme(db: Database, id: number): void {
  if (db.prepare('DELETE FROM label_schemes WHERE id = ?').run(id).changes === 0) {
    throw new ParallaxError('NOT_FOUND', `There is no label scheme ${id} in this library.`);
  }
}

/** Sets (or with null, clears) an outlet's value in a scheme; the value must fit the scheme. */
export function setOutletLabel(db: Database, outletId: number, schemeId: number, value: LabelValue | null): void {
  const scheme = getScheme(db, schemeId);
  if (!db.prepare('SELECT 1 FROM outlets WHERE id = ?').get(outletId)) throw new ParallaxError('NOT_FOUND', `There is no outlet ${outletId} in this library.`);
  if (value === null) {
    db.prepare('DELETE FROM outlet_labels WHERE outlet_id = ? AND scheme_id = ?').run(outletId, schemeId);
    return;
  }
  if (scheme.kind === 'category' && (typeof value !== 'string' || !scheme.values.includes(value))) {
    throw new ParallaxError('INVALID_INPUT', `“${String(value)}” is not a value of ${scheme.name} (${scheme.values.join(', ')}).`);
  }
  if (scheme.kind === 'score' && (typeof value !== 'number' || value < scheme.min! || value > scheme.max!)) {
    throw new ParallaxError('INVALID_INPUT', `${scheme.name} is a score from ${scheme.min} to ${scheme.max}.`);
  }
  db.prepare(
    `INSERT INTO outlet_labels (outlet_id, scheme_id, value_text, value_number) VALUES (?, ?, ?, ?)
     ON CONFLICT(outlet_id, scheme_id) DO UPDATE SET value_text = excluded.value_text, value_number = excluded.value_number`,
  ).run(outletId, schemeId, typeof value === 'string' ? value : null, typeof value === 'number' ? value : null);
}

/** The value names a scheme groups outlets by: its categories, or three equal score ranges. */
export function groupNames(scheme: LabelScheme): string[] {
  if (scheme.kind === 'category') return scheme.values;
  return scoreRanges(scheme).map((r) => r.name);
}

/** The group an outlet's value falls in. */
export function groupOf(scheme: LabelScheme, value: LabelValue | undefined): string | null {
  if (value === undefined) return null;
  if (scheme.kind === 'category') return String(value);
  const ranges = scoreRanges(scheme);
  return (ranges.find((r) => Number(value) <= r.to) ?? ranges[ranges.length - 1]!).name;
}

function scoreRanges(scheme: LabelScheme): { name: string; to: number }[] {
  const min = scheme.min ?? 0;
  const step = ((scheme.max ?? 10) - min) / 3;
  const fmt = (n: number) => String(Math.round(n * 10) / 10);
  return [0, 1, 2].map((i) => ({ name: `${fmt(min + step * i)}–${fmt(min + step * (i + 1))}`, to: min + step * (i + 1) }));
}
