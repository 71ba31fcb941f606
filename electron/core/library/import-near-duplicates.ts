// Near-duplicate detection: the same story from another file (HTML and TXT of one article, lightly
// different text). MinHash signatures of word 3-shingles estimate Jaccard similarity; candidates
// are confirmed on the exact shingle sets. Signatures are cached per connection, not stored.
import type { Database } from 'better-sqlite3';

/** Texts at least this similar (Jaccard of word 3-shingles) are the same story. */
export const NEAR_DUPLICATE_JACCARD = 0.8;
const SHINGLE_WORDS = 3;
const PERMUTATIONS = 128;
/** Estimates below this cannot reach the threshold (MinHash error is ~0.09 at 128 hashes, 2σ). */
const CANDIDATE_JACCARD = NEAR_DUPLICATE_JACCARD - 0.1;

export interface TextSignature {
  shingles: Set<number>;
  minhash: Uint32Array;
}

// Fixed odd multipliers and offsets, so signatures agree across runs and processes.
const SEEDS = Array.from({ length: PERMUTATIONS }, (_, i) => {
  let x = (i + 1) * 0x9e3779b1;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return { mul: (x | 1) >>> 0, add: Math.imul(x ^ (x >>> 16), 0x27d4eb2d) >>> 0 };
});

export function signText(text: string): TextSignature {
  const words = text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= Math.max(words.length, SHINGLE_WORDS); i++) {
    shingles.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  }
  const minhash = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const s of shingles) {
    for (let p = 0; p < PERMUTATIONS; p++) {
      const { mul, add } = SEEDS[p]!;
      let h = (Math.imul(s, mul) + add) >>> 0;
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
const caches = new WeakMap<Database, Map<number, CachedSignature>>();

/** The stored article whose text is nearly `body`, if any (the most similar one). */
export function findNearDuplicate(db: Database, body: string): { id: number; similarity: number } | null {
  const signature = signText(body);
  let best: { id: number; similarity: number } | null = null;
  for (const [id, cached] of currentSignatures(db)) {
    if (estimateJaccard(signature, cached.signature) < CANDIDATE_JACCARD) continue;
    const similarity = exactJaccard(signature, cached.signature);
    if (similarity >= NEAR_DUPLICATE_JACCARD && (!best || similarity > best.similarity)) best = { id, similarity };
  }
  return best;
}

/** Brings the cache in step with the table: drops deleted or re-cleaned articles, signs new ones. */
function currentSignatures(db: Database): Map<number, CachedSignature> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const rows = db.prepare('SELECT id, content_hash AS contentHash FROM articles').all() as { id: number; contentHash: string }[];
  const live = new Set<number>();
  const bodyOf = db.prepare('SELECT body FROM articles WHERE id = ?').pluck();
  for (const { id, contentHash } of rows) {
    live.add(id);
    if (cache.get(id)?.contentHash === contentHash) continue;
    cache.set(id, { contentHash, signature: signText(String(bodyOf.get(id) ?? '')) });
  }
  for (const id of cache.keys()) if (!live.has(id)) cache.delete(id);
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
