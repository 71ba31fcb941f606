// Near-identical texts: MinHash signatures over word 5-gram shingles, band keys for finding
// candidate copies without comparing every pair, and the estimated Jaccard similarity of two texts.

export const SIGNATURE_SIZE = 64;
const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;
const SHINGLE = 5;
/** Texts this alike are one report and its copies (light edits keep 5-gram Jaccard above it). */
export const REPRINT_MIN_JACCARD = 0.7;

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix32(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)));

export function minhashSignature(text: string): Uint32Array {
  // Lower case is enough here: copies keep their diacritics, and folding them costs more than hashing.
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const wordHashes = words.map(fnv1a);
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const hashes = new Set<number>();
  for (let i = 0; i + SHINGLE <= Math.max(words.length, SHINGLE); i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + SHINGLE; k++) h = mix32(h ^ (wordHashes[k] ?? 0));
    hashes.add(h);
  }
  for (const h of hashes) {
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const v = mix32(h ^ SEEDS[k]!);
      if (v < signature[k]!) signature[k] = v;
    }
  }
  return signature;
}

export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_SIZE;
}

/** One key per band: texts with Jaccard ≥ 0.7 share at least one with probability > 0.99. */
export function bandKeys(signature: Uint32Array): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = 0x811c9dc5 ^ band;
    for (let r = 0; r < ROWS; r++) h = mix32(h ^ signature[band * ROWS + r]!);
    keys.push(`${band}:${(h >>> 0).toString(36)}`);
  }
  return keys;
}

export function signatureToBytes(signature: Uint32Array): Buffer {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
}

export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  const copy = new Uint8Array(bytes);
  return new Uint32Array(copy.buffer, 0, Math.floor(copy.byteLength / 4));
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: a cheap, well-spread 32-bit mix. */
function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}
