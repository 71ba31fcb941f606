import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateToYear, formatPartialDate, yearTicks } from './timeline-dates';

test('dated events get a place on the year axis; year-less ones do not', () => {
  assert.equal(dateToYear('2013'), 2013);
  assert.equal(dateToYear('2022-02'), 2022 + 1 / 12);
  assert.ok(Math.abs(dateToYear('2021-12-15')! - (2021 + 11 / 12 + 14 / 365)) < 1e-9);
  assert.equal(dateToYear('--12-15'), null);
  assert.equal(dateToYear('--03'), null);
});

test('partial dates read as people write them', () => {
  assert.equal(formatPartialDate('2013'), '2013');
  assert.equal(formatPartialDate('2022-02'), 'Feb 2022');
  assert.equal(formatPartialDate('2021-12-15'), '15 Dec 2021');
  assert.equal(formatPartialDate('--12-15'), '15 Dec');
  assert.equal(formatPartialDate('--03'), 'Mar');
});

test('ticks are round years inside the range, a handful of them', () => {
  assert.deepEqual(yearTicks(1972, 2025), [1980, 1990, 2000, 2010, 2020]);
  assert.deepEqual(yearTicks(2012, 2023), [2012, 2014, 2016, 2018, 2020, 2022]);
  assert.ok(yearTicks(2021, 2023).length >= 2);
});
