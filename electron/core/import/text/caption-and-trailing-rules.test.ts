import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { removeCaptionsNearCredits } from './caption-rules';
import { toCleaningUnits, type CleaningUnit } from './cleaning-unit';
import { dropRepeatedLines } from './dedupe-lines';
import { matchLineRule } from './noise-rules';
import { splitIntoUnits } from './split-lines';
import { removeTrailingAd, removeTrailingFurniture } from './trailing-rules';

const PROSE = 'The two leaders met on Friday and pledged to deepen their partnership in the years ahead, officials said.';
function run(text: string, ...steps: ((u: CleaningUnit[]) => void)[]): CleaningUnit[] {
  const units = toCleaningUnits(splitIntoUnits(text));
  for (const u of units) u.reason = matchLineRule(u.text);
  for (const step of steps) step(units);
  return units;
}
const reasonOf = (units: CleaningUnit[], text: string) => units.find((u) => u.text === text)?.reason ?? null;

describe('captions next to credits', () => {
  it('removes short captions before or after a credit inside the body', () => {
    const units = run(`${PROSE}\n\nkremlin talks\n\nPhoto: Reuters\n\nLeaders walking: the two presidents\n\n${PROSE}`, removeCaptionsNearCredits);
    assert.equal(reasonOf(units, 'kremlin talks'), 'photo caption');
    assert.equal(reasonOf(units, 'Leaders walking: the two presidents'), 'photo caption');
  });
  it('keeps headlines above the body and sentences next to a credit', () => {
    const units = run(`Photo: Reuters\n\nA summit in Beijing\n\n${PROSE}\n\nPhoto: AP\n\n${PROSE}`, removeCaptionsNearCredits);
    assert.equal(reasonOf(units, 'A summit in Beijing'), null);
    assert.equal(units.filter((u) => u.text === PROSE && u.reason === null).length, 2);
  });
});

describe('end of the article', () => {
  it('removes a brand block with ® after the bio, and keeps the bio', () => {
    const bio = 'Jane Doe is a senior fellow at the Institute.';
    const units = run(`${PROSE}\n\n${bio}\n\nAcme\n\nSafety first. Always!\n\nFor 100 years Acme has built things. www.acme.example\n\nAcme. Built for Life®`, removeTrailingAd);
    assert.equal(reasonOf(units, bio), null);
    assert.equal(units.filter((u) => u.reason?.startsWith('advertisement')).length, 4);
  });
  it('keeps a closing paragraph that merely contains a link', () => {
    const units = run(`${PROSE}\n\nRead the full report at https://example.org/report, published today.`, removeTrailingAd);
    assert.ok(units.every((u) => u.reason === null));
  });
  it('removes short leftovers after the last paragraph but keeps contributor lines and questions', () => {
    const units = run(`${PROSE}\n\nOlivia Wang contributed.\n\nMore from World\n\nTags China Russia`, removeTrailingFurniture);
    assert.equal(reasonOf(units, 'Olivia Wang contributed.'), null);
    assert.equal(reasonOf(units, 'Tags China Russia'), 'trailing page furniture');
    const q = run(`${PROSE}\n\nWill it last?`, removeTrailingFurniture);
    assert.equal(reasonOf(q, 'Will it last?'), null);
  });
});

describe('dropRepeatedLines', () => {
  it('drops a line printed twice in a row, not repeats further apart', () => {
    const units = run(`Jane Doe\nJane Doe\n\n${PROSE}\n\n${PROSE}x\n\nJane Doe`, dropRepeatedLines);
    assert.deepEqual(units.map((u) => u.reason), [null, 'repeated line', null, null, null]);
    assert.ok(units[0]!.repeated);
  });
});
