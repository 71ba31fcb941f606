import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkedScrollTop, scrollFraction } from './linked-scroll';

test('the other column moves proportionally, reaching its end with the source', () => {
  const short = { scrollTop: 0, scrollHeight: 1500, clientHeight: 500 };
  const long = { scrollTop: 0, scrollHeight: 4500, clientHeight: 500 };
  assert.equal(linkedScrollTop({ ...short, scrollTop: 500 }, long), 2000);
  assert.equal(linkedScrollTop({ ...short, scrollTop: 1000 }, long), 4000);
  assert.equal(linkedScrollTop({ ...long, scrollTop: 1000 }, short), 250);
});

test('a column that does not scroll counts as at the top and moves nothing', () => {
  const fits = { scrollTop: 0, scrollHeight: 400, clientHeight: 500 };
  assert.equal(scrollFraction(fits), 0);
  assert.equal(linkedScrollTop({ scrollTop: 300, scrollHeight: 1000, clientHeight: 500 }, fits), 0);
});
