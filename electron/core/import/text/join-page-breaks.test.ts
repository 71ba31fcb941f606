import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildVocabulary, joinHyphenated } from './join-hyphenation';
import { joinBrokenParagraphs, type BodyLine } from './join-page-breaks';

const lines = (...texts: string[]): BodyLine[] => texts.map((text) => ({ text, blankBefore: 1 }));
const join = (texts: string[], vocabulary = new Set<string>()) => joinBrokenParagraphs(lines(...texts), vocabulary).map((l) => l.text);

describe('joinBrokenParagraphs', () => {
  it('joins a paragraph cut mid-sentence by a page break', () => {
    assert.deepEqual(join(['They want a “transformation of', 'the global order.” And more.']), ['They want a “transformation of the global order.” And more.']);
  });
  it('joins a word hyphenated across the break', () => {
    assert.deepEqual(join(['create long-term legally bind-', 'ing security guarantees.']), ['create long-term legally binding security guarantees.']);
  });
  it('keeps a compound hyphen before a capital', () => {
    assert.deepEqual(join(['growing ties of the Sino-', 'Russian partnership.']), ['growing ties of the Sino-Russian partnership.']);
  });
  it('does not join finished sentences, lines ending in a colon, short labels or capitalised starts', () => {
    assert.deepEqual(join(['The first paragraph ends here.', 'the next one starts lowercase.']).length, 2);
    assert.deepEqual(join(['He listed the reasons as follows:', 'first, the price.']).length, 2);
    assert.deepEqual(join(['Opinion', 'the lowercase line after a label.']).length, 2);
    assert.deepEqual(join(['The paragraph has no final stop', 'The next paragraph starts with a capital.']).length, 2);
    assert.deepEqual(join(['The list comes next and it has no stop', '- the first item']).length, 2);
  });
  it('joins hard-wrapped text line by line', () => {
    const wrapped = Array.from({ length: 6 }, (_, i) => `This is wrapped line number ${i} of a long paragraph that goes on and`);
    const out = joinBrokenParagraphs(wrapped.map((text) => ({ text, blankBefore: 0 })), new Set());
    assert.equal(out.length, 1);
  });
});

describe('joinHyphenated', () => {
  it('drops a typesetting hyphen by default', () => assert.equal(joinHyphenated('bind-', 'ing', new Set()), 'binding'));
  it('keeps the hyphen when the article spells the word with one', () => {
    const vocab = buildVocabulary('a long-standing tradition');
    assert.equal(joinHyphenated('a long-', 'standing tradition', vocab), 'a long-standing tradition');
  });
  it('drops it when the article spells the word without one', () => {
    const vocab = buildVocabulary('a longstanding tradition, long-standing');
    assert.equal(joinHyphenated('long-', 'standing', vocab), 'longstanding');
  });
});
