// SQL for outlets: create, find by name or domain, read with their domains, labels and article
// counts, and the person's edits (which automatic filling never overwrites).
import type { Database } from 'better-sqlite3';
import { statement } from '../library/statements';
import { ParallaxError } from '../../../shared/errors';
import type { Outlet, OutletLabel, OutletPatch } from '../../../shared/outlets';

interface OutletRow {
  id: number;
  name: string;
  country: string | null;
  language: string | null;
  ownership: string | null;
  edited_fields_json: string;
  article_count: number;
}

export function outletIdByDomain(db: Database, domain: string): number | null {
  return (statement(db, 'SELECT outlet_id FROM outlet_domains WHERE domain = ?').pluck().get(domain) as number | undefined) ?? null;
}

export function outletIdByAlias(db: Database, name: string): number | null {
  const alias = statement(db, 'SELECT outlet_id FROM outlet_aliases WHERE alias = ?').pluck().get(name) as number | undefined;
  return alias ?? ((statement(db, 'SELECT id FROM outlets WHERE name = ?').pluck().get(name) as number | undefined) ?? null);
}

export function createOutlet(db: Database, name: string): number {
  const now = new Date().toISOString();
  const existing = statement(db, 'SELECT id FROM outlets WHERE name = ?').pluck().get(name) as number | undefined;
  if (existing) return existing;
  return Number(statement(db, 'INSERT INTO outlets (name, created_at, updated_at) VALUES (?, ?, ?)').run(name, now, now).lastInsertRowid);
}

export function addAlias(db: Database, alias: string, outletId: number): void {
  statement(db, 'INSERT OR IGNORE INTO outlet_aliases (alias, outlet_id) VALUES (?, ?)').run(alias, outletId);
}

/** Adds a domain the articles show, unless another outlet already claims it. */
export function addDomain(db: Database, domain: string, outletId: number): void {
  statement(db, 'INSERT OR IGNORE INTO outlet_domains (domain, outlet_id) VALUES (?, ?)').run(domain, outletId);
}

/** The first language an outlet's articles show, unless the person set one. */
export function fillLanguage(db: Database, outletId: number, language: string): void {
  statement(
    db,
    `UPDATE outlets SET language = ? WHERE id = ? AND language IS NULL AND NOT EXISTS
       (SELECT 1 FROM json_each(edited_fields_json) WHERE value = 'language')`,
  ).run(language, outletId);
}

export function listOutlets(db: Database): Outlet[] {
  const rows = db.prepare(`${SELECT_OUTLETS} ORDER BY o.name COLLATE NOCASE`).all() as OutletRow[];
  const domains = groupBy(db.prepare('SELECT outlet_id AS id, domain AS v FROM outlet_domains ORDER BY domain').all() as { id: number; v: string }[]);
  const labels = labelsByOutlet(db);
  return rows.map((r) => toOutlet(r, domains.get(r.id) ?? [], labels.get(r.id) ?? []));
}

export function getOutlet(db: Database, id: number): Outlet {
  const row = db.prepare(`${SELECT_OUTLETS} WHERE o.id = ?`).get(id) as OutletRow | undefined;
  if (!row) throw new ParallaxError('NOT_FOUND', `There is no outlet ${id} in this library.`);
  const domains = db.prepare('SELECT domain FROM outlet_domains WHERE outlet_id = ? ORDER BY domain').pluck().all(id) as string[];
  return toOutlet(row, domains, labelsByOutlet(db, id).get(id) ?? []);
}

export function updateOutlet(db: Database, id: number, patch: OutletPatch): Outlet {
  db.transaction(() => {
    const current = getOutlet(db, id);
    const edited = new Set(JSON.parse(db.prepare('SELECT edited_fields_json FROM outlets WHERE id = ?').pluck().get(id) as string) as string[]);
    if (patch.name !== undefined && patch.name !== current.name) {
      const other = db.prepare('SELECT id FROM outlets WHERE name = ? AND id <> ?').pluck().get(patch.name, id);
      if (other) throw new ParallaxError('INVALID_INPUT', `There is already an outlet named “${patch.name}”.`);
      db.prepare('UPDATE outlets SET name = ? WHERE id = ?').run(patch.name, id);
      addAlias(db, current.name, id);
      edited.add('name');
    }
    for (const field of ['country', 'language', 'ownership'] as const) {
      if (!(field in patch)) continue;
      // Column names come from the fixed list above, never from input.
      db.prepare(`UPDATE outlets SET ${field} = ? WHERE id = ?`).run(patch[field] ?? null, id);
      edited.add(field);
    }
    if (patch.domains) {
      for (const domain of patch.domains) {
        const owner = outletIdByDomain(db, domain);
        if (owner !== null && owner !== id) {
          const name = db.prepare('SELECT name FROM outlets WHERE id = ?').pluck().get(owner) as string;
          throw new ParallaxError('INVALID_INPUT', `${domain} already belongs to ${name}.`);
        }
      }
      db.prepare('DELETE FROM outlet_domains WHERE outlet_id = ?').run(id);
      for (const domain of new Set(patch.domains)) addDomain(db, domain, id);
      edited.add('domains');
    }
    db.prepare('UPDATE outlets SET edited_fields_json = ?, updated_at = ? WHERE id = ?').run(JSON.stringify([...edited].sort()), new Date().toISOString(), id);
  })();
  return getOutlet(db, id);
}

const SELECT_OUTLETS = `SELECT o.id, o.name, o.country, o.language, o.ownership, o.edited_fields_json,
  (SELECT count(*) FROM article_outlets l WHERE l.outlet_id = o.id) AS article_count FROM outlets o`;

function labelsByOutlet(db: Database, only?: number): Map<number, OutletLabel[]> {
  const rows = db
    .prepare(
      `SELECT outlet_id, scheme_id, value_text, value_number FROM outlet_labels ${only ? 'WHERE outlet_id = ?' : ''} ORDER BY scheme_id`,
    )
    .all(...(only ? [only] : [])) as { outlet_id: number; scheme_id: number; value_text: string | null; value_number: number | null }[];
  const out = new Map<number, OutletLabel[]>();
  for (const r of rows) {
    const list = out.get(r.outlet_id) ?? [];
    list.push({ schemeId: r.scheme_id, value: r.value_text ?? r.value_number! });
    out.set(r.outlet_id, list);
  }
  return out;
}

function groupBy(rows: { id: number; v: string }[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const r of rows) out.set(r.id, [...(out.get(r.id) ?? []), r.v]);
  return out;
}

function toOutlet(r: OutletRow, domains: string[], labels: OutletLabel[]): Outlet {
  return { id: r.id, name: r.name, domains, country: r.country, language: r.language, ownership: r.ownership, articleCount: r.article_count, labels };
}
