import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadSampleArticles } from '../compare/fixtures/sample-articles';
import { REPRINT_MIN_JACCARD, bandKeys, estimatedJaccard, minhashSignature, signatureFromBytes, signatureToBytes } from './minhash';

const text = (i: number) => loadSampleArticles()[i]!.blocks.map((b) => b.text).join('\n\n');

/** A copy with a word changed every ~60 words, a new headline-style sentence and another case. */
function lightlyEdited(original: string): string {
  const words = original.split(' ');
  const edited = words.map((w, i) => (i % 60 === 30 ? 'indeed' : w)).join(' ');
  return 'Reprinted with permission. ' + edited.replace(/Putin/g, 'PUTIN');
}

test('a lightly edited copy estimates above the reprint bar and shares a band; different articles do not', () => {
  const a = minhashSignature(text(0));
  const copy = minhashSignature(lightlyEdited(text(0)));
  const other = minhashSignature(text(2));
  assert.ok(estimatedJaccard(a, copy) >= REPRINT_MIN_JACCARD, `copy ${estimatedJaccard(a, copy)}`);
  assert.ok(bandKeys(a).some((k) => bandKeys(copy).includes(k)));
  assert.ok(estimatedJaccard(a, other) < 0.2, `other ${estimatedJaccard(a, other)}`);
  assert.ok(!bandKeys(a).some((k) => bandKeys(other).includes(k)));
});

test('signatures survive the trip through bytes', () => {
  const a = minhashSignature(text(1));
  assert.deepEqual(signatureFromBytes(signatureToBytes(a)), a);
  assert.equal(minhashSignature('too short').length, 64);
});
