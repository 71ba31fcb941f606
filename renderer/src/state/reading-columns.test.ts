import assert from 'node:assert/strict';
import { test } from 'node:test';
import { columnsReducer, noColumns, type ColumnsState } from './reading-columns';

const run = (state: ColumnsState, ...actions: Parameters<typeof columnsReducer>[1][]) =>
  actions.reduce(columnsReducer, state);
/** The open articles and the active one, the part most rules are about. */
const tabs = ({ ids, active }: ColumnsState) => ({ ids, active });

test('open fills the first column, then replaces the active one', () => {
  const s = run(noColumns, { type: 'open', id: 1 }, { type: 'open', id: 2 });
  assert.deepEqual(tabs(s), { ids: [2], active: 0 });
});

test('open-beside inserts right of the active column and activates it', () => {
  const s = run(noColumns, { type: 'open', id: 1 }, { type: 'open-beside', id: 2 }, { type: 'activate', id: 1 }, { type: 'open-beside', id: 3 });
  assert.deepEqual(tabs(s), { ids: [1, 3, 2], active: 1 });
});

test('an article already open is activated, never duplicated', () => {
  const s = run(noColumns, { type: 'open', id: 1 }, { type: 'open-beside', id: 2 }, { type: 'open', id: 1 });
  assert.deepEqual(tabs(s), { ids: [1, 2], active: 0 });
});

test('at four columns open-beside changes nothing', () => {
  const four = run(noColumns, { type: 'open', id: 1 }, { type: 'open-beside', id: 2 }, { type: 'open-beside', id: 3 }, { type: 'open-beside', id: 4 });
  assert.equal(columnsReducer(four, { type: 'open-beside', id: 5 }), four);
});

test('closing the active column hands focus to its left neighbour', () => {
  const s = run(noColumns, { type: 'open', id: 1 }, { type: 'open-beside', id: 2 }, { type: 'open-beside', id: 3 }, { type: 'close', id: 3 });
  assert.deepEqual(tabs(s), { ids: [1, 2], active: 1 });
  assert.deepEqual(tabs(run(s, { type: 'close', id: 1 })), { ids: [2], active: 0 });
  assert.deepEqual(tabs(run(s, { type: 'close', id: 1 }, { type: 'close', id: 2 })), { ids: [], active: 0 });
});

test('a saved layout is restored; junk, duplicates and extra columns are dropped', async () => {
  const { parseColumns } = await import('./reading-columns');
  assert.deepEqual(tabs(parseColumns(JSON.stringify({ ids: [3, 1], active: 1 }))), { ids: [3, 1], active: 1 });
  assert.deepEqual(tabs(parseColumns(JSON.stringify({ ids: [3, 3, 'x', -1, 4, 5, 6, 7], active: 9 }))), { ids: [3, 4, 5, 6], active: 3 });
  assert.deepEqual(parseColumns('nonsense'), noColumns);
  assert.deepEqual(parseColumns(null), noColumns);
});

test('widths, linked scrolling and notes panes survive a reload; widths of closed or bogus columns do not', async () => {
  const { parseColumns, serializeColumns } = await import('./reading-columns');
  const s = run(noColumns, { type: 'open', id: 1 }, { type: 'open-beside', id: 2 }, { type: 'resize', widths: { 1: 1.4, 2: 0.6, 9: 3 } }, { type: 'toggle-linked' }, { type: 'toggle-notes', id: 2 });
  assert.deepEqual(parseColumns(serializeColumns(s)), { ids: [1, 2], active: 1, widths: { 1: 1.4, 2: 0.6 }, linked: true, notes: [2] });
  assert.deepEqual(parseColumns(JSON.stringify({ ids: [1], widths: { 1: 'wide', 2: 1 } })).widths, {});
  assert.deepEqual(run(s, { type: 'close', id: 2 }).widths, { 1: 1.4 });
});

test('the active column can be stepped and moved, stopping at the ends', () => {
  const s = run(noColumns, { type: 'open', id: 1 }, { type: 'open-beside', id: 2 }, { type: 'open-beside', id: 3 });
  assert.deepEqual(tabs(run(s, { type: 'step-active', delta: -1 })), { ids: [1, 2, 3], active: 1 });
  assert.equal(run(s, { type: 'step-active', delta: 1 }), s);
  assert.deepEqual(tabs(run(s, { type: 'move-active', delta: -1 })), { ids: [1, 3, 2], active: 1 });
  assert.deepEqual(tabs(run(s, { type: 'move-active', delta: -5 })), { ids: [3, 1, 2], active: 0 });
});
