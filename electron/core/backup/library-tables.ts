// Which tables hold a library's data (and so go into a backup), in an order that inserts parents
// before children. Full-text indexes and search caches are left out: triggers and the search
// service rebuild them from the articles.
import type { Database } from 'better-sqlite3';

/** Rebuilt from `articles`; copying them would double what the insert triggers write. */
const DERIVED_TABLES = new Set(['search_changes', 'search_state']);
export const MANIFEST_TABLE = 'parallax_backup_manifest';

interface TableRow {
  name: string;
  sql: string | null;
}

export function dataTables(db: Database, schema = 'main'): string[] {
  const rows = db.prepare(`SELECT name, sql FROM ${schema}.sqlite_master WHERE type = 'table' ORDER BY name`).all() as TableRow[];
  const virtual = rows.filter((r) => /^\s*CREATE\s+VIRTUAL\s+TABLE/i.test(r.sql ?? '')).map((r) => r.name);
  const names = rows
    .map((r) => r.name)
    .filter(
      (name) =>
        !name.startsWith('sqlite_') &&
        name !== MANIFEST_TABLE &&
        !DERIVED_TABLES.has(name) &&
        !virtual.some((v) => name === v || name.startsWith(`${v}_`)),
    );
  return parentsFirst(db, schema, names);
}

export function columnsOf(db: Database, table: string, schema = 'main'): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?, ?)`).all(table, schema) as { name: string }[]).map((r) => r.name);
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function countRows(db: Database, tables: readonly string[], schema = 'main'): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of tables) counts[t] = db.prepare(`SELECT count(*) FROM ${schema}.${quoteIdentifier(t)}`).pluck().get() as number;
  return counts;
}

function parentsFirst(db: Database, schema: string, names: string[]): string[] {
  const parents = new Map(
    names.map((name) => [
      name,
      (db.prepare('SELECT "table" AS parent FROM pragma_foreign_key_list(?, ?)').all(name, schema) as { parent: string }[])
        .map((r) => r.parent)
        .filter((p) => p !== name && names.includes(p)),
    ]),
  );
  const ordered: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (ordered.includes(name) || path.has(name)) return;
    path.add(name);
    for (const p of parents.get(name) ?? []) visit(p, path);
    ordered.push(name);
  };
  for (const name of names) visit(name, new Set());
  return ordered;
}
