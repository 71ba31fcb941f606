// Key terms on the sample corpus: real words from the story's own articles, no reporting verbs, no
// entity already listed, one per word family.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startCore } from '../index';
import { SAMPLE_CORPUS, tempDir } from '../../testing/temp-dir';
import { keyTermStems, keyTerms, sameFamily } from './key-terms';
import { stem } from '../compare/words';

test('key terms of the sample corpus stories are words from their articles, not stems or reporting verbs', async () => {
  const core = startCore({ libraryDir: tempDir(), sampleCorpusDir: SAMPLE_CORPUS, appVersion: 't' });
  try {
    const stories = await core.api.listStories({});
    assert.ok(stories.length > 0);
    for (const summary of stories) {
      const story = await core.api.getStory({ id: summary.id });
      const texts = await Promise.all(story.articles.map(async (a) => {
        const full = await core.api.getArticle({ id: a.id });
        return `${full.title ?? ''}\n${full.blocks.map((b) => b.text).join('\n')}`.toLowerCase();
      }));
      const { terms, people, places, organizations } = summary.reasons;
      console.log(summary.title, '→', terms.join(', '));
      assert.ok(terms.length > 0, `story ${summary.id} has no key terms`);
      for (const term of terms) {
        const word = new RegExp(`(?<![\\p{L}\\p{N}])${term.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
        assert.ok(texts.some((t) => word.test(t)), `"${term}" is not a word of story ${summary.id}`);
        assert.ok(!['say', 'says', 'said', 'told', 'according'].includes(term.toLowerCase()), `reporting verb "${term}"`);
      }
      const entityStems = [...people, ...places, ...organizations].flatMap((n) => n.split(/\s+/).map(stem));
      for (const term of terms) assert.ok(!entityStems.some((e) => sameFamily(stem(term), e)), `"${term}" repeats a listed entity`);
      for (const a of terms) for (const b of terms) if (a !== b) assert.ok(!sameFamily(stem(a), stem(b)), `"${a}" and "${b}" are one word`);
    }
  } finally {
    core.close();
  }
});

test('filtering and surface forms: reporting verbs, entity words and word families go; spelling as written', () => {
  const ranked = ['say', 'ukrain', 'war', 'china', 'ukrainian', 'tariff', 'unit', 'tell', '#37', 'kremlin'];
  assert.deepEqual(keyTermStems(ranked, ['China', 'United States']), ['ukrain', 'war', 'tariff', 'kremlin']);
  const text = 'The Kremlin said tariffs on Ukraine hurt. Tariffs rose; the war in Ukraine went on, the Kremlin told reporters. New tariffs.';
  assert.deepEqual(keyTerms(ranked, ['China', 'United States'], [text]), ['Ukraine', 'war', 'tariffs', 'Kremlin']);
});

test('summaries stored with stem key terms are made afresh when the library is next opened', async () => {
  const dir = tempDir();
  let core = startCore({ libraryDir: dir, sampleCorpusDir: SAMPLE_CORPUS, appVersion: 't' });
  const before = await core.api.listStories({});
  core.library.db.prepare(`UPDATE stories SET summary_json = json_remove(json_set(summary_json, '$.reasons.terms', json('["say","ukrain"]')), '$.summaryVersion')`).run();
  core.close();
  core = startCore({ libraryDir: dir, sampleCorpusDir: SAMPLE_CORPUS, appVersion: 't' });
  try {
    const after = await core.api.listStories({});
    assert.deepEqual(after.map((s) => s.reasons.terms), before.map((s) => s.reasons.terms));
    assert.ok(after.every((s) => !('summaryVersion' in s)));
  } finally {
    core.close();
  }
});
