// Titles, people and outlets in a MiniSearch index, for suggestions as you type (prefix + fuzzy).
// Persisted in search_state and brought up to date from search_changes, so opening a
// library never re-indexes it: the saved index is loaded, and rebuilt only if missing or corrupt.
import type { Database } from 'better-sqlite3';
import MiniSearch from 'minisearch';
import type { Suggestion } from '../../../shared/search';
import {
  changedSince,
  indexableArticles,
  latestChange,
  pruneChanges,
  readState,
  writeState,
  type IndexableArticle,
} from './search-state';
import { foldWord } from './term-vocabulary';

const STATE_KEY = 'title-index';
const STATE_VERSION = 1;
/** Save (and empty the queue) once this many changes have been applied since the last save. */
const SAVE_AFTER_CHANGES = 200;

interface Entry {
  id: string;
  kind: Suggestion['kind'];
  text: string;
  articleId?: number;
  authors?: string[];
  outlet?: string | null;
}

interface SavedState {
  version: number;
  index: unknown;
  counts: [string, number][];
  seq: number;
}

const OPTIONS = {
  fields: ['text'],
  storeFields: ['kind', 'text', 'articleId', 'authors', 'outlet'],
  processTerm: (term: string) => foldWord(term),
};

export class TitleIndex {
  private unsaved = 0;
  private constructor(
    private readonly search: MiniSearch<Entry>,
    /** Articles per person / outlet entry id. */
    private readonly counts: Map<string, number>,
    /** The last change in search_changes this index reflects. */
    private seq: number,
  ) {}

  /** Loads the saved index (or rebuilds it when missing or unreadable) and applies queued changes. */
  static open(db: Database): TitleIndex {
    const loaded = TitleIndex.load(db);
    const index = loaded ?? TitleIndex.rebuild(db);
    index.sync(db);
    return index;
  }

  private static load(db: Database): TitleIndex | null {
    const raw = readState(db, STATE_KEY);
    if (!raw) return null;
    try {
      const state = JSON.parse(raw) as SavedState;
      if (state.version !== STATE_VERSION) return null;
      return new TitleIndex(MiniSearch.loadJS(state.index as never, OPTIONS), new Map(state.counts), state.seq);
    } catch {
      return null; // corrupt: rebuilt below
    }
  }

  private static rebuild(db: Database): TitleIndex {
    return db.transaction(() => {
      const index = new TitleIndex(new MiniSearch<Entry>(OPTIONS), new Map(), latestChange(db));
      for (const a of indexableArticles(db)) index.add(a);
      index.save(db);
      return index;
    })();
  }

  /** Re-reads every article changed since the last look; idempotent, so a repeat is harmless. */
  sync(db: Database): void {
    const latest = latestChange(db);
    if (latest <= this.seq) return;
    const ids = changedSince(db, this.seq);
    const current = new Map(indexableArticles(db, ids).map((a) => [a.id, a]));
    for (const id of ids) {
      this.remove(id);
      const a = current.get(id);
      if (a) this.add(a);
    }
    this.seq = latest;
    this.unsaved += ids.length;
    if (this.unsaved >= SAVE_AFTER_CHANGES) this.save(db);
  }

  suggest(prefix: string, limit: number): Suggestion[] {
    const q = prefix.trim();
    if (!q) return [];
    const results = this.search.search(q, {
      prefix: true,
      fuzzy: (term) => (term.length > 3 ? 0.2 : false),
      combineWith: 'AND',
    });
    const scored = results.map((r) => {
      const count = this.counts.get(r.id as string) ?? 1;
      const kind = r['kind'] as Suggestion['kind'];
      return { r, kind, count, score: r.score * (kind === 'title' ? 1 : 1 + Math.log(count)) };
    });
    scored.sort((a, b) => b.score - a.score);
    return scored.slice(0, limit).map(({ r, kind, count }) =>
      kind === 'title'
        ? { kind, text: r['text'] as string, articleId: r['articleId'] as number }
        : { kind, text: r['text'] as string, articleCount: count },
    );
  }

  save(db: Database): void {
    const state: SavedState = { version: STATE_VERSION, index: this.search.toJSON(), counts: [...this.counts], seq: this.seq };
    db.transaction(() => {
      writeState(db, STATE_KEY, JSON.stringify(state));
      writeState(db, `${STATE_KEY}:seq`, String(this.seq));
      pruneChanges(db);
    })();
    this.unsaved = 0;
  }

  private add(a: IndexableArticle): void {
    const authors = JSON.parse(a.authors_json) as string[];
    // Untitled articles are kept too: their stored byline is what a later removal un-counts.
    this.search.add({ id: `a:${a.id}`, kind: 'title', text: a.title ?? '', articleId: a.id, authors, outlet: a.outlet });
    for (const name of new Set(authors)) this.countName('person', name, +1);
    if (a.outlet) this.countName('outlet', a.outlet, +1);
  }

  private remove(articleId: number): void {
    const id = `a:${articleId}`;
    if (!this.search.has(id)) return;
    const stored = this.search.getStoredFields(id) as Pick<Entry, 'authors' | 'outlet'> | undefined;
    this.search.discard(id);
    for (const name of new Set(stored?.authors ?? [])) this.countName('person', name, -1);
    if (stored?.outlet) this.countName('outlet', stored.outlet, -1);
  }

  private countName(kind: 'person' | 'outlet', name: string, delta: number): void {
    const id = `${kind === 'person' ? 'p' : 'o'}:${foldWord(name)}`;
    const n = (this.counts.get(id) ?? 0) + delta;
    if (n <= 0) {
      this.counts.delete(id);
      if (this.search.has(id)) this.search.discard(id);
    } else {
      this.counts.set(id, n);
      if (!this.search.has(id)) this.search.add({ id, kind, text: name });
    }
  }
}
