import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keyDelta, leftShare, resizePair } from './column-resize';

const pair = { leftPx: 500, rightPx: 500, leftWeight: 1, rightWeight: 1 };

test('a drag moves weight from one column to the other and keeps the pair’s total', () => {
  const r = resizePair(pair, 100);
  assert.equal(r.leftPx, 600);
  assert.ok(Math.abs(r.left - 1.2) < 1e-9);
  assert.ok(Math.abs(r.left + r.right - 2) < 1e-9);
});

test('neither column gets narrower than the minimum', () => {
  assert.equal(resizePair(pair, 1000).leftPx, 720);
  assert.equal(resizePair(pair, -1000).leftPx, 280);
  // A pair too narrow for two minimums stays split evenly rather than overflowing.
  assert.equal(resizePair({ ...pair, leftPx: 200, rightPx: 200 }, 100).leftPx, 200);
});

test('keys: arrows step, Shift steps further, Home/End go to the limits, Enter evens out', () => {
  assert.equal(keyDelta('ArrowRight', false, pair), 32);
  assert.equal(keyDelta('ArrowLeft', true, pair), -128);
  assert.equal(resizePair(pair, keyDelta('Home', false, pair)!).leftPx, 280);
  assert.equal(keyDelta('Enter', false, { ...pair, leftPx: 700, rightPx: 300 }), -200);
  assert.equal(keyDelta('a', false, pair), null);
  assert.equal(leftShare(600, 400), 60);
});
