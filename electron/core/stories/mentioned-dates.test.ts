import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayNumber, eventMonth, mentionedDates } from './mentioned-dates';

test('finds days, months and bare years, each at its precision', () => {
  const d = mentionedDates('On February 4, 2022 they met. In March 2023 again, and on 5 June 2019. Since 2013 it grew; 2000 troops.');
  assert.equal(d.get('2022-02-04'), 1);
  assert.equal(d.get('2022-02'), 1);
  assert.equal(d.get('2023-03'), 1);
  assert.equal(d.get('2019-06-05'), 1);
  assert.equal(d.get('2013'), 1);
  assert.equal(d.get('2022'), 1);
  assert.equal(d.has('2000'), false);
});

test('the event month is the publication month, else the most named (later on ties)', () => {
  assert.equal(eventMonth('2022-02-05', new Map([['2019-06', 3]])), '2022-02');
  assert.equal(eventMonth(null, new Map([['2019-06', 1], ['2022-02', 1], ['2022', 4]])), '2022-02');
  assert.equal(eventMonth(null, new Map([['2022', 4]])), null);
  assert.equal(dayNumber('1970-01-02'), 1);
  assert.equal(dayNumber(null), null);
});
