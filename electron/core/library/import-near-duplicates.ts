// Near-duplicate detection: the same story from another file (HTML and TXT of one article, lightly
// different text). MinHash signatures of word 3-shingles estimate Jaccard similarity; candidates
// are confirmed on the exact shingle sets. Signatures are cached per connection, not stored.
import type { Database, Statement } from 'better-sqlite3';

/** Texts at least this similar (Jaccard of word 3-shingles) are the same story. */
export const NEAR_DUPLICATE_JACCARD = 0.8;
const SHINGLE_WORDS = 3;
const PERMUTATIONS = 128;

export interface TextSignature {
  shingles: Set<number>;
  minhash: Uint32Array;
}

// Fixed odd multipliers and offsets, so signatures agree across runs and processes.
const MUL = new Uint32Array(PERMUTATIONS);
const ADD = new Uint32Array(PERMUTATIONS);
for (let i = 0; i < PERMUTATIONS; i++) {
  let x = (i + 1) * 0x9e3779b1;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  MUL[i] = (x | 1) >>> 0;
  ADD[i] = Math.imul(x ^ (x >>> 16), 0x27d4eb2d) >>> 0;
}

export function signText(text: string): TextSignature {
  const words = text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= Math.max(words.length, SHINGLE_WORDS); i++) {
    shingles.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  }
  const minhash = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const s of shingles) {
    for (let p = 0; p < PERMUTATIONS; p++) {
      let h = (Math.imul(s, MUL[p]!) + ADD[p]!) >>> 0;
      h = (h ^ (h >>> 15)) >>> 0;
      if (h < minhash[p]!) minhash[p] = h;
    }
  }
  return { shingles, minhash };
}

export function estimateJaccard(a: TextSignature, b: TextSignature): number {
  let same = 0;
  for (let p = 0; p < PERMUTATIONS; p++) if (a.minhash[p] === b.minhash[p]) same++;
  return same / PERMUTATIONS;
}

export function exactJaccard(a: TextSignature, b: TextSignature): number {
  const [small, large] = a.shingles.size <= b.shingles.size ? [a.shingles, b.shingles] : [b.shingles, a.shingles];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  const union = a.shingles.size + b.shingles.size - shared;
  return union === 0 ? 0 : shared / union;
}

interface CachedSignature {
  contentHash: string;
  signature: TextSignature;
}

// Locality-sensitive hashing over the MinHash rows: 32 bands of 4. Two texts at Jaccard 0.8 share a
// band with probability 1 − (1 − 0.8⁴)³² > 0.99999995, unrelated ones almost never, so a check looks
// at a handful of candidates instead of every stored article; the exact Jaccard still decides.
const BANDS = 32;
const ROWS = PERMUTATIONS / BANDS;

function bandKeys(signature: TextSignature): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = 0x811c9dc5 ^ band;
    for (let r = band * ROWS; r < (band + 1) * ROWS; r++) h = Math.imul(h ^ signature.minhash[r]!, 0x01000193);
    keys.push(h >>> 0);
  }
  return keys;
}

class SignatureIndex {
  readonly byId = new Map<number, CachedSignature & { keys: number[] }>();
  private readonly buckets = Array.from({ length: BANDS }, () => new Map<number, Set<number>>());

  set(id: number, contentHash: string, signature: TextSignature): void {
    this.delete(id);
    const keys = bandKeys(signature);
    this.byId.set(id, { contentHash, signature, keys });
    keys.forEach((key, band) => {
      const bucket = this.buckets[band]!;
      let ids = bucket.get(key);
      if (!ids) bucket.set(key, (ids = new Set()));
      ids.add(id);
    });
  }

  delete(id: number): void {
    const entry = this.byId.get(id);
    if (!entry) return;
    this.byId.delete(id);
    entry.keys.forEach((key, band) => {
      const ids = this.buckets[band]!.get(key);
      ids?.delete(id);
      if (ids?.size === 0) this.buckets[band]!.delete(key);
    });
  }

  candidates(signature: TextSignature): Set<number> {
    const found = new Set<number>();
    bandKeys(signature).forEach((key, band) => {
      for (const id of this.buckets[band]!.get(key) ?? []) found.add(id);
    });
    return found;
  }
}

interface SignatureCache {
  index: SignatureIndex;
  /** The connection's state when the cache was last known to match the table (see `stateOf`). */
  state: string;
}
const caches = new WeakMap<Database, SignatureCache>();

/** The stored article whose text is nearly `body`, if any (the most similar one). */
export function findNearDuplicate(db: Database, body: string): { id: number; similarity: number } | null {
  return checkNearDuplicate(db, body).near;
}

export interface NearDuplicateCheck {
  near: { id: number; similarity: number } | null;
  /**
   * Records that `body` was stored as article `id`, so the next check need not read it back. Call it
   * in the same transaction, right after the insert: then the cache stays known to be in step.
   */
  stored(id: number, contentHash: string): void;
}

export function checkNearDuplicate(db: Database, body: string): NearDuplicateCheck {
  const signature = signText(body);
  const cache = currentSignatures(db);
  const checkedState = cache.state;
  let near: NearDuplicateCheck['near'] = null;
  for (const id of cache.index.candidates(signature)) {
    const similarity = exactJaccard(signature, cache.index.byId.get(id)!.signature);
    if (similarity >= NEAR_DUPLICATE_JACCARD && (!near || similarity > near.similarity || (similarity === near.similarity && id < near.id))) near = { id, similarity };
  }
  return {
    near,
    stored(id, contentHash) {
      cache.index.set(id, contentHash, signature);
      if (cache.state === checkedState) cache.state = stateOf(db);
    },
  };
}

// Rows changed by this connection (total_changes) and commits by other connections (data_version):
// while neither moves, the table is as the cache last saw it, and a bulk import skips re-reading it.
const stateStatements = new WeakMap<Database, Statement>();
function stateOf(db: Database): string {
  let statement = stateStatements.get(db);
  if (!statement) stateStatements.set(db, (statement = db.prepare('SELECT total_changes() AS changes, data_version AS version FROM pragma_data_version')));
  const { changes, version } = statement.get() as { changes: number; version: number };
  return `${changes}:${version}`;
}

/** Brings the cache in step with the table: drops deleted or re-cleaned articles, signs new ones. */
function currentSignatures(db: Database): SignatureCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = { index: new SignatureIndex(), state: '' }));
  const state = stateOf(db);
  if (cache.state === state) return cache;
  const rows = db.prepare('SELECT id, content_hash AS contentHash FROM articles').all() as { id: number; contentHash: string }[];
  const live = new Set<number>();
  const bodyOf = db.prepare('SELECT body FROM articles WHERE id = ?').pluck();
  for (const { id, contentHash } of rows) {
    live.add(id);
    if (cache.index.byId.get(id)?.contentHash === contentHash) continue;
    cache.index.set(id, contentHash, signText(String(bodyOf.get(id) ?? '')));
  }
  for (const id of [...cache.index.byId.keys()]) if (!live.has(id)) cache.index.delete(id);
  cache.state = state;
  return cache;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
