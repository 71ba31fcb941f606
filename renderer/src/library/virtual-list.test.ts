import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scrollToRow, visibleRows } from './virtual-list';

test('only the rows in view and the overscan are rendered; padding stands in for the rest', () => {
  const w = visibleRows(10_000, 50, { scrollTop: 5000, listTop: 0, height: 500 }, 5);
  assert.deepEqual(w, { start: 95, end: 115, padTop: 4750, padBottom: (10_000 - 115) * 50 });
  assert.equal(w.padTop + (w.end - w.start) * 50 + w.padBottom, 10_000 * 50);
});

test('the top of the list, a list above its own header, and the very end', () => {
  assert.deepEqual(visibleRows(3, 50, { scrollTop: 0, listTop: 32, height: 500 }, 5), { start: 0, end: 3, padTop: 0, padBottom: 0 });
  const end = visibleRows(100, 50, { scrollTop: 4500, listTop: 0, height: 500 }, 2);
  assert.equal(end.end, 100);
  assert.equal(end.padBottom, 0);
  assert.deepEqual(visibleRows(0, 50, { scrollTop: 0, listTop: 0, height: 500 }), { start: 0, end: 0, padTop: 0, padBottom: 0 });
});

test('scrolling a row into view moves as little as possible and clears a sticky header', () => {
  const view = { scrollTop: 1000, listTop: 32, height: 400 };
  assert.equal(scrollToRow(25, 40, view, 32), null);
  assert.equal(scrollToRow(10, 40, view, 32), 400);
  assert.equal(scrollToRow(40, 40, view), 32 + 41 * 40 - 400);
});
