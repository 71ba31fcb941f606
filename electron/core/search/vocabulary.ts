// The indexed words in memory, sorted, with how many articles hold each: the source of spelling
// corrections and prefix completions. Scanning the FTS vocabulary costs ~1 s at 100k articles, so
// it is done once, saved in search_state, and afterwards caught up from search_changes.
import type { Database } from 'better-sqlite3';
import {
  allIndexedTerms,
  articleTexts,
  changedSince,
  latestChange,
  pruneChanges,
  readState,
  writeState,
} from './search-state';
import { foldWord } from './term-vocabulary';

const STATE_KEY = 'vocabulary';
const STATE_VERSION = 1;
const SAVE_AFTER_CHANGES = 500;

export interface VocabularyTerm {
  term: string;
  docs: number;
}

const open = new WeakMap<Database, Vocabulary>();

/** The vocabulary of this database handle, loaded or built on first use and kept up to date. */
export function vocabularyOf(db: Database): Vocabulary {
  let v = open.get(db);
  if (!v) {
    v = Vocabulary.load(db) ?? Vocabulary.rebuild(db);
    open.set(db, v);
  }
  v.catchUp(db);
  return v;
}

export class Vocabulary {
  private sorted: string[] | null = null;
  private unsaved = 0;
  private constructor(
    private readonly docs: Map<string, number>,
    private seq: number,
  ) {}

  static load(db: Database): Vocabulary | null {
    const raw = readState(db, STATE_KEY);
    const seq = Number(readState(db, `${STATE_KEY}:seq`));
    if (!raw || !Number.isInteger(seq)) return null;
    try {
      const state = JSON.parse(raw) as { version: number; terms: [string, number][] };
      return state.version === STATE_VERSION ? new Vocabulary(new Map(state.terms), seq) : null;
    } catch {
      return null; // corrupt: rebuilt by the caller
    }
  }

  static rebuild(db: Database): Vocabulary {
    return db.transaction(() => {
      const v = new Vocabulary(new Map(allIndexedTerms(db)), latestChange(db));
      v.save(db);
      return v;
    })();
  }

  /**
   * Adds the words of articles changed since the last look. Deleted or edited-away words keep
   * their counts until the next rebuild: a stale candidate only costs a correction with no hits.
   */
  catchUp(db: Database): void {
    const latest = latestChange(db);
    if (latest <= this.seq) return;
    const ids = changedSince(db, this.seq);
    for (const text of articleTexts(db, ids)) {
      for (const word of new Set(foldWord(text).split(/[^\p{L}\p{N}]+/u))) {
        if (!word) continue;
        if (!this.docs.has(word)) this.sorted = null;
        this.docs.set(word, (this.docs.get(word) ?? 0) + 1);
      }
    }
    this.seq = latest;
    this.unsaved += ids.length;
    if (this.unsaved >= SAVE_AFTER_CHANGES) this.save(db);
  }

  docsOf(term: string): number {
    return this.docs.get(term) ?? 0;
  }

  /** Terms starting with `prefix`, in order. */
  startingWith(prefix: string): VocabularyTerm[] {
    const terms = this.sortedTerms();
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: VocabularyTerm[] = [];
    for (let i = lo; i < terms.length && terms[i]!.startsWith(prefix); i++) out.push({ term: terms[i]!, docs: this.docs.get(terms[i]!)! });
    return out;
  }

  save(db: Database): void {
    db.transaction(() => {
      writeState(db, STATE_KEY, JSON.stringify({ version: STATE_VERSION, terms: [...this.docs] }));
      writeState(db, `${STATE_KEY}:seq`, String(this.seq));
      pruneChanges(db);
    })();
    this.unsaved = 0;
  }

  private sortedTerms(): string[] {
    this.sorted ??= [...this.docs.keys()].sort();
    return this.sorted;
  }
}
