import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toCleaningUnits } from './cleaning-unit';
import { dropRepeatedLines } from './dedupe-lines';
import { detectHeader } from './detect-title-byline';
import { parseByline, parseNameOnly } from './parse-byline';
import { splitIntoUnits } from './split-lines';
import { toNameCase, toTitleCase } from './title-case';

const PROSE = 'The two leaders met on Friday and pledged to deepen their partnership in the years ahead, officials said.';
function header(text: string) {
  const units = toCleaningUnits(splitIntoUnits(text));
  dropRepeatedLines(units);
  return { info: detectHeader(units), units };
}

describe('detectHeader', () => {
  it('takes the first headline-like line as title and a standalone next line as deck', () => {
    const { info } = header(`A summit in Beijing\n\nTwo leaders, one message for the West\n\nBy Jane Doe\n\n${PROSE}`);
    assert.equal(info.title, 'A summit in Beijing');
    assert.equal(info.subtitle, 'Two leaders, one message for the West');
    assert.deepEqual(info.authors, ['Jane Doe']);
  });
  it('prefers a "# " heading and title-cases capitals; short lines above it are section labels', () => {
    const { info, units } = header(`WORLD NEWS\n\n# THE NEW AXIS OF THE EAST\n\nBY JOHN SMITH AND ANA POPESCU\n\n${PROSE}`);
    assert.equal(info.title, 'The New Axis of the East');
    assert.deepEqual(info.authors, ['John Smith', 'Ana Popescu']);
    assert.equal(units[0]!.reason, 'section label');
  });
  it('reads a repeated name-only line as the author, and a stated date', () => {
    const { info } = header(`Analysis\nMaria Ionescu\nMaria Ionescu\n\nWhy the talks failed again\n\n17 March 2023\n\n${PROSE}`);
    assert.deepEqual(info.authors, ['Maria Ionescu']);
    assert.equal(info.publishedAt, '2023-03-17');
  });
  it('invents nothing: no title when the text starts with prose, no author from a lone name', () => {
    assert.equal(header(`${PROSE}\n\n${PROSE}`).info.title, null);
    const { info } = header(`A summit in Beijing\n\nSome more words here\n\nThen Jane Doe\n\n${PROSE}`);
    assert.deepEqual(info.authors, []);
    assert.equal(info.publishedAt, null);
    assert.equal(info.outlet, null);
  });
  it('ignores relative dates', () => {
    assert.equal(header(`A summit in Beijing\n\nPublished on Monday\n\n${PROSE}`).info.publishedAt, null);
  });
});

describe('parseByline and names', () => {
  it('reads bylines in several shapes', () => {
    assert.deepEqual(parseByline('By Jane Doe'), ['Jane Doe']);
    assert.deepEqual(parseByline('BY THEO SOMMER'), ['Theo Sommer']);
    assert.deepEqual(parseByline('#Newsletter Exclusive / Mălina Mîndruțescu'), ['Mălina Mîndruțescu']);
    assert.deepEqual(parseByline('By Jane Doe, March 3, 2024'), ['Jane Doe']);
    assert.deepEqual(parseByline('by Ana de la Cruz & Tom Li | Reuters'), ['Ana de la Cruz', 'Tom Li']);
  });
  it('rejects sentences and labels', () => {
    assert.equal(parseByline('By the end of the year, prices had doubled.'), null);
    assert.equal(parseByline('Security / defence'), null);
    assert.equal(parseNameOnly('SECURITY STRATEGY'), null);
    assert.equal(parseNameOnly('Opinion'), null);
    assert.equal(parseNameOnly('Danil Bochkov'), 'Danil Bochkov');
  });
  it('title-cases headlines and names set in capitals', () => {
    assert.equal(toTitleCase('OPPORTUNISTIC BEDFELLOWS'), 'Opportunistic Bedfellows');
    assert.equal(toTitleCase('THE SINO-RUSSIAN PACT AND THE BBC'), 'The Sino-Russian Pact and the BBC');
    assert.equal(toNameCase("SEAN O'BRIEN"), "Sean O'Brien");
  });
});
