// Filters (dates, languages) as sets of article ids kept in temporary tables, built once and
// reused while the library is unchanged: FTS5 then checks each match with one b-tree lookup,
// instead of every statement of a search collecting the filtered articles again.
import type { Database } from 'better-sqlite3';

const MAX_SETS = 8;

interface FilterSet {
  table: string;
  stamp: string;
}

interface State {
  sets: Map<string, FilterSet>;
  next: number;
  /** Rows this module itself wrote into its tables: not a change of the library. */
  ownWrites: number;
}

const open = new WeakMap<Database, State>();

/**
 * The name of a temporary table holding the ids of articles meeting `condition` (" AND …" on
 * `articles a`), rebuilt when anything in the library has changed since it was filled.
 */
export function filterSetTable(db: Database, condition: string, params: string[]): string {
  let state = open.get(db);
  if (!state) {
    state = { sets: new Map(), next: 1, ownWrites: 0 };
    open.set(db, state);
  }
  const key = JSON.stringify([condition, params]);
  const found = state.sets.get(key);
  if (found && found.stamp === changeStamp(db, state)) {
    state.sets.delete(key); // most recently used last
    state.sets.set(key, found);
    return found.table;
  }
  const table = found?.table ?? `temp.search_filter_${state.next++}`;
  const before = totalChanges(db);
  db.transaction(() => {
    db.prepare(`CREATE TABLE IF NOT EXISTS ${table} (id INTEGER PRIMARY KEY)`).run();
    db.prepare(`DELETE FROM ${table}`).run();
    db.prepare(`INSERT INTO ${table} (id) SELECT a.id FROM articles a WHERE 1${condition}`).run(...params);
  })();
  state.ownWrites += totalChanges(db) - before;
  state.sets.delete(key);
  state.sets.set(key, { table, stamp: changeStamp(db, state) });
  while (state.sets.size > MAX_SETS) {
    const [oldKey, old] = state.sets.entries().next().value as [string, FilterSet];
    db.prepare(`DROP TABLE IF EXISTS ${old.table}`).run();
    state.sets.delete(oldKey);
  }
  return table;
}

/**
 * Changes whenever this connection writes anything (total_changes) or another connection commits
 * (data_version), so a set is never used after the articles may have changed.
 */
function changeStamp(db: Database, state: State): string {
  return `${totalChanges(db) - state.ownWrites}:${db.pragma('data_version', { simple: true }) as number}`;
}

function totalChanges(db: Database): number {
  return db.prepare('SELECT total_changes()').pluck().get() as number;
}
