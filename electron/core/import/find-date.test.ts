import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findAbsoluteDate, normalizeDateString } from './find-date';

describe('dates', () => {
  it('finds fully stated dates only', () => {
    assert.equal(findAbsoluteDate('Published 4 February 2022'), '2022-02-04');
    assert.equal(findAbsoluteDate('December 15, 2021 | 10:32 AM'), '2021-12-15');
    assert.equal(findAbsoluteDate('Updated on Monday'), null);
    assert.equal(findAbsoluteDate('June 21'), null);
    assert.equal(findAbsoluteDate('yesterday'), null);
  });
  it('normalises machine dates from meta tags and JSON-LD', () => {
    assert.equal(normalizeDateString('2024-05-17T08:30:00Z'), '2024-05-17T08:30:00Z');
    assert.equal(normalizeDateString('2021/12/05'), '2021-12-05');
    assert.equal(normalizeDateString('not a date'), null);
    assert.equal(normalizeDateString(undefined), null);
  });
});
