// Suggestions as you type: titles from the title full-text index (title-suggestions.ts), people
// and outlets (a few thousand names) from a small MiniSearch index (prefix + fuzzy) with article
// counts. Only the counts are saved in search_state; they are recounted when articles change.
import type { Database } from 'better-sqlite3';
import MiniSearch from 'minisearch';
import type { Suggestion } from '../../../shared/search';
import { latestChange, nameCounts, pruneChanges, readState, writeState } from './search-state';
import { foldWord } from './term-vocabulary';
import { suggestTitles } from './title-suggestions';

const STATE_KEY = 'title-index';
/** 2: names only; version 1 held every title too (a 30 MB state at 100,000 articles), now ignored. */
const STATE_VERSION = 2;
/**
 * A recount reads every article's byline (~0.35 s at 100,000 articles). One slower than
 * SLOW_RECOUNT_MS runs at most this share of the time while articles keep changing (an import),
 * so counts may then lag a few seconds; titles never lag (they come from the live FTS index).
 */
const MAX_RECOUNT_SHARE = 0.1;
const SLOW_RECOUNT_MS = 50;

interface NameEntry {
  /** "p:" or "o:" and the folded name. */
  id: string;
  kind: 'person' | 'outlet';
  /** The name as most articles write it. */
  text: string;
  count: number;
}

interface SavedState {
  version: number;
  names: NameEntry[];
  seq: number;
}

const OPTIONS = {
  fields: ['text'],
  storeFields: ['kind', 'text', 'count'],
  processTerm: (term: string) => foldWord(term),
};

export class TitleIndex {
  private recountedAt = 0;
  private recountMs = 0;
  private constructor(
    private readonly db: Database,
    private names: MiniSearch<NameEntry>,
    /** The last change in search_changes the name counts reflect. */
    private seq: number,
  ) {}

  /** Loads the saved name counts (or recounts them when missing, outdated or unreadable). */
  static open(db: Database): TitleIndex {
    const index = TitleIndex.load(db) ?? new TitleIndex(db, new MiniSearch<NameEntry>(OPTIONS), -1);
    index.sync(db);
    return index;
  }

  private static load(db: Database): TitleIndex | null {
    const raw = readState(db, STATE_KEY);
    if (!raw) return null;
    try {
      const state = JSON.parse(raw) as SavedState;
      if (state.version !== STATE_VERSION) return null;
      return new TitleIndex(db, indexNames(state.names), state.seq);
    } catch {
      return null; // corrupt: recounted
    }
  }

  /** Recounts people and outlets if any article changed since the last count (one grouped query). */
  sync(db: Database): void {
    const latest = latestChange(db);
    if (this.seq >= 0 && latest <= this.seq) return;
    const started = performance.now();
    const pause = this.recountMs > SLOW_RECOUNT_MS ? this.recountMs / MAX_RECOUNT_SHARE : 0;
    if (this.seq >= 0 && started - this.recountedAt < pause) return;
    const names = countNames(db);
    this.names = indexNames(names);
    this.seq = latest;
    const state: SavedState = { version: STATE_VERSION, names, seq: latest };
    db.transaction(() => {
      writeState(db, STATE_KEY, JSON.stringify(state));
      writeState(db, `${STATE_KEY}:seq`, String(latest));
      pruneChanges(db);
    })();
    this.recountedAt = performance.now();
    this.recountMs = this.recountedAt - started;
  }

  suggest(prefix: string, limit: number): Suggestion[] {
    const q = prefix.trim();
    if (!q) return [];
    const names = this.names
      .search(q, { prefix: true, fuzzy: (term) => (term.length > 3 ? 0.2 : false), combineWith: 'AND' })
      .map((r) => {
        const count = r['count'] as number;
        const suggestion: Suggestion = { kind: r['kind'] as NameEntry['kind'], text: r['text'] as string, articleCount: count };
        return { suggestion, score: r.score * (1 + Math.log(count)) };
      });
    const titles = suggestTitles(this.db, q, limit).map((t) => {
      const suggestion: Suggestion = { kind: 'title', text: t.text, articleId: t.articleId };
      return { suggestion, score: t.score };
    });
    return [...names, ...titles]
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((s) => s.suggestion);
  }
}

function countNames(db: Database): NameEntry[] {
  const byId = new Map<string, NameEntry & { best: number }>();
  for (const { kind, name, n } of nameCounts(db)) {
    const id = `${kind === 'person' ? 'p' : 'o'}:${foldWord(name)}`;
    const entry = byId.get(id);
    if (!entry) byId.set(id, { id, kind, text: name, count: n, best: n });
    else {
      entry.count += n;
      if (n > entry.best) Object.assign(entry, { text: name, best: n });
    }
  }
  return [...byId.values()].map(({ id, kind, text, count }) => ({ id, kind, text, count }));
}

function indexNames(names: NameEntry[]): MiniSearch<NameEntry> {
  const index = new MiniSearch<NameEntry>(OPTIONS);
  index.addAll(names);
  return index;
}
