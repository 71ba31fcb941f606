// The five real sample articles, each messy in its own way, cleaned end to end.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { blocksToText } from '../../../../shared/text';
import { countWords, endsWithTerminal } from './classify-line';
import { cleanPlainText, type CleanedText } from './clean-plain-text';
import { stripInlineMarkup } from './inline-markup';

const CORPUS = path.join(__dirname, '../../../../resources/sample-corpus');
const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
const source = (prefix: string) => readFileSync(path.join(CORPUS, files.find((f) => f.startsWith(prefix))!), 'utf8');
const clean = (prefix: string) => cleanPlainText(source(prefix));
const bodyOf = (r: CleanedText) => blocksToText(r.blocks);
const removedReason = (r: CleanedText, text: string) => r.removed.find((x) => x.text.includes(text))?.reason;

/** Every sentence of every prose line of the source is in the output, or the line was removed with a reason. */
function assertNoProseLost(prefix: string, r: CleanedText): string[] {
  // Returns the reasons given for the prose-shaped lines that were removed, for the caller to judge.
  const body = bodyOf(r).replace(/\s+/g, ' ');
  const removedProse: string[] = [];
  for (const line of source(prefix).split('\n').map((l) => l.replace(/\s+/g, ' ').trim())) {
    if (countWords(line) < 12 || !endsWithTerminal(line)) continue;
    const removed = r.removed.find((x) => x.text === line);
    if (removed) {
      removedProse.push(removed.reason);
      continue;
    }
    for (const sentence of stripInlineMarkup(line).split(/(?<=[.!?][”"’]?) +/)) {
      const s = sentence.replace(/\S+-$/, '').trim();
      assert.ok(body.includes(s), `lost sentence: ${s}`);
    }
  }
  return removedProse;
}

describe('cleanPlainText on the sample corpus', () => {
  it('has the five samples', () => assert.equal(files.length, 5));

  it('000: banner, captions, credits and "you may also like" go; byline after a slash is the author', () => {
    const r = clean('000');
    assert.equal(r.title, 'Xi Jinping & Vladimir Putin – a timely partnership');
    assert.deepEqual(r.authors, ['Mălina Mîndruțescu']);
    const body = bodyOf(r);
    for (const junk of ['Verifica Menajeria', 'Photo source:', 'beijing olympics', 'china protest', 'russia ukraine', 'Te-ar mai putea']) {
      assert.ok(!body.includes(junk), junk);
    }
    assert.equal(removedReason(r, 'Verifica Menajeria'), 'repeated banner');
    assert.equal(removedReason(r, 'beijing olympics'), 'photo caption');
    assert.ok(r.blocks.length >= 18);
    assert.deepEqual(assertNoProseLost('000', r), ['repeated banner']);
  });

  it('001: navigation goes, the headline after "read the full story below:" is the title, the editor\'s note stays', () => {
    const r = clean('001');
    assert.equal(r.title, "US and allies are pushing China and Russia closer together, but will their 'unbreakable friendship' last?");
    const body = bodyOf(r);
    for (const junk of ['Select Page', 'Source link', 'Putin touches down in Geneva']) assert.ok(!body.includes(junk), junk);
    assert.equal(r.removed.filter((x) => x.text === 'Putin touches down in Geneva').length, 2);
    assert.ok(body.includes('Editor’s note: CNN will be launching'));
    assert.deepEqual(assertNoProseLost('001', r), ['title (moved to metadata)']);
  });

  it('002: ads, credit, section label, caption and comment count go; bullets become the deck', () => {
    const r = clean('002');
    assert.equal(r.title, 'How Western pressure is pushing China and Russia ever closer');
    assert.deepEqual(r.authors, ['Danil Bochkov']);
    assert.match(r.subtitle ?? '', /^Beijing and Moscow have intensified .*\nThis comes amid increasing rhetoric/);
    const body = bodyOf(r);
    for (const junk of ['Advertisement', 'Illustration:', 'Photo: AP']) assert.ok(!body.includes(junk), junk);
    assert.ok(!r.blocks.some((b) => b.text === 'Opinion' || b.text === '23' || b.text === 'Danil Bochkov'));
    assert.equal(removedReason(r, 'Opinion'), 'section label');
    assert.ok(r.blocks.at(-1)!.text.startsWith('Danil Bochkov is an expert at'));
    assert.deepEqual(assertNoProseLost('002', r), []);
    assert.equal(removedReason(r, 'enter a hall for talks in the Kremlin'), 'photo caption');
    assert.equal(removedReason(r, '23'), 'lone number (page number or comment count)');
  });

  it('003: capitals title, deck, byline; page-broken paragraphs and hyphenation rejoined; ad after the bio removed', () => {
    const r = clean('003');
    assert.equal(r.title, 'Opportunistic Bedfellows');
    assert.equal(r.subtitle, 'China and Russia have formalized their alliance against the West');
    assert.deepEqual(r.authors, ['Theo Sommer']);
    const body = bodyOf(r);
    assert.ok(body.includes('legally binding security guarantees'));
    assert.ok(r.blocks.some((b) => b.text.includes('“transformation of the global governance architecture')));
    assert.ok(body.includes('Uighur and Tibetan separatism in mind'));
    assert.ok(body.includes('Dealing with climate change, artificial intelligence'));
    assert.ok(body.includes('meager $140 billion to $250 billion') && !body.includes('\\$'));
    for (const junk of ['SECURITY STRATEGY', 'PICTURE ALLIANCE', 'Strongmen walking', 'Dräger', 'Protect those who protect us']) {
      assert.ok(!body.includes(junk), junk);
    }
    const bio = r.blocks.at(-1)!;
    assert.ok(bio.text.startsWith('THEO SOMMER was editor-in-chief of Die Zeit'));
    assert.deepEqual(bio.spans?.map((s) => [bio.text.slice(s.start, s.end), s.kind]), [['THEO SOMMER', 'strong'], ['Die Zeit', 'em'], ['The Security Times', 'em']]);
    const reasons = assertNoProseLost('003', r);
    assert.ok(reasons.every((reason) => reason.startsWith('advertisement')));
  });

  it('004: first line is the title, no invented author, "Leave a Comment" goes, the contributor line stays', () => {
    const r = clean('004');
    assert.equal(r.title, 'Xi Jinping hugs Vladimir Putin in defiance of the West');
    assert.deepEqual(r.authors, []);
    assert.equal(r.outlet, null);
    assert.ok(!bodyOf(r).includes('Leave a Comment'));
    assert.equal(r.blocks.at(-1)!.text, 'Olivia Wang contributed to the research.');
    assert.ok(bodyOf(r).includes('cheek-to-cheek'));
    assert.deepEqual(assertNoProseLost('004', r), []);
  });

  it('keeps real hyphens and never leaves markdown escapes in any sample', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const body = bodyOf(clean(prefix));
      assert.ok(!/\\[$*_#]/.test(body), prefix);
      assert.ok(!/\*\*/.test(body), prefix);
    }
    assert.ok(bodyOf(clean('001')).includes('Sino-Russian'));
    assert.ok(bodyOf(clean('003')).includes('long-standing traditions'));
  });

  it('records a reason for every removed line', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      for (const x of clean(prefix).removed) assert.ok(x.reason.length > 0 && x.text.length > 0);
    }
  });
});
