import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchLineRule } from './noise-rules';
import { isRepeatedPhrase } from './repeated-phrase';

describe('noise rules', () => {
  it('recognises page furniture on its own line', () => {
    const cases: [string, string][] = [
      ['Advertisement', 'advertisement'],
      ['PUBLICITATE', 'advertisement'],
      ['Photo source: Reuters', 'photo credit'],
      ['Photo: AP', 'photo credit'],
      ['Illustration: Jane Smith', 'photo credit'],
      ['Foto: Inquam Photos / George Călin', 'photo credit'],
      ['REUTERS / EPA-EFE / JOHN DOE', 'photo credit (agency line)'],
      ['Soldiers march in Red Square on May 9, 2023. Photo: Reuters', 'photo caption'],
      ['Select Page', 'navigation'],
      ['Leave a Reply', 'navigation'],
      ['#Citește și', 'related-articles link'],
      ['You may also like:', 'related-articles link'],
      ['Sign up for our daily newsletter', 'sign-up call'],
      ['Subscribe now', 'sign-up call'],
      ['148', 'lone number (page number or comment count)'],
      ['12 Comments', 'comment count'],
      ['Read this now! Read this now! Read this now! Read this now!', 'repeated banner'],
    ];
    for (const [line, reason] of cases) assert.equal(matchLineRule(line), reason, line);
  });

  it('leaves article lines alone, even ones that mention the same words', () => {
    for (const line of [
      'The photo of the two leaders shaking hands was everywhere.',
      'Illustration of the problem: the two sides never agreed on anything at all.',
      'Sign up rates for the programme fell sharply in 2021, officials said.',
      'In 2014, Russia annexed Crimea.',
      'Opinion',
      'US and allies are pushing China and Russia closer together',
      'Editor’s note: CNN will be launching a newsletter. Sign up here and read the full story below:',
      'NATO / EU RELATIONS ARE STRAINED, he said',
      'Home is where the heart is, as the saying goes.',
    ]) {
      assert.equal(matchLineRule(line), null, line);
    }
  });
});

describe('isRepeatedPhrase', () => {
  it('finds three or more back-to-back copies', () => {
    assert.ok(isRepeatedPhrase('Buy now! Buy now! Buy now!'));
    assert.ok(isRepeatedPhrase('Check the menagerie here! Check the menagerie here! Check the menagerie here! Check the'));
  });
  it('does not fire on prose with repeated words or on two copies', () => {
    assert.ok(!isRepeatedPhrase('Buy now! Buy now!'));
    assert.ok(!isRepeatedPhrase('The more the war tilts, the more the West worries, the more the East gains.'));
    assert.ok(!isRepeatedPhrase('no no'));
  });
});
