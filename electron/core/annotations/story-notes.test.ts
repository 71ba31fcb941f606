// Notes from elsewhere in the story, on the real sample articles: a note on a passage of one
// article appears beside the sentence of another article of the same story that says the same
// thing, and nowhere else (not for articles outside the story, not for unrelated sentences).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startCore, type Core } from '..';
import { blocksToText } from '../../../shared/text';
import { SAMPLE_CORPUS, tempDir } from '../../testing/temp-dir';
import { insertPlainArticle } from '../stories/fixtures/insert-articles';
import { syntheticArticles } from '../stories/fixtures/synthetic-events';

async function sampleLibrary(): Promise<Core> {
  return startCore({ libraryDir: tempDir(), appVersion: 't', sampleCorpusDir: SAMPLE_CORPUS });
}

/** The strongest claim two articles share, as the comparison finds it. */
async function sharedClaim(core: Core, a: number, b: number) {
  const comparison = await core.api.compareArticles({ ids: [a, b] });
  const claim = comparison.sharedClaims.find((c) => c.articleIds.includes(a) && c.articleIds.includes(b));
  assert.ok(claim, 'the two sample articles share a claim');
  return { inA: claim.wordings.find((w) => w.articleId === a)!, inB: claim.wordings.find((w) => w.articleId === b)! };
}

test('a note on a passage appears beside the same statement in another article of the story', async () => {
  const core = await sampleLibrary();
  const [a, c, b] = (await core.api.listArticles({})).map((x) => x.id); // 1 and 3 both count the 37th meeting
  const { inA, inB } = await sharedClaim(core, a!, b!);
  await core.api.updateMetadata({ id: a!, patch: { outlet: 'Deutsche Welle' } });
  const noted = await core.api.createHighlight({ articleId: a!, start: inA.start, end: inA.end, color: 'green', note: 'Both say this. #claim' });
  await core.api.createHighlight({ articleId: a!, start: 0, end: 20, color: 'yellow' }); // no note: not shared

  // Not in one story yet: nothing to show.
  assert.deepEqual(await core.api.listStoryNotes({ articleId: b! }), []);

  const stories = await core.api.listStories({});
  const storyOf = async (id: number) => {
    for (const s of stories) if ((await core.api.getStory({ id: s.id })).articles.some((x) => x.id === id)) return s.id;
    throw new Error(`no story holds ${id}`);
  };
  await core.api.mergeStories({ into: await storyOf(a!), from: [await storyOf(b!)] });

  const notes = await core.api.listStoryNotes({ articleId: b! });
  assert.equal(notes.length, 1);
  const [note] = notes;
  assert.equal(note!.highlightId, noted.id);
  assert.equal(note!.note, 'Both say this. #claim');
  assert.equal(note!.source.id, a);
  assert.equal(note!.source.outlet, 'Deutsche Welle');
  assert.equal(note!.quote, inA.text);
  // It lands on the sentence the comparison aligned with the noted one.
  assert.ok(note!.passage.start <= inB.start && note!.passage.end >= inB.end, 'the passage covers the aligned sentence');
  const bText = blocksToText((await core.api.getArticle({ id: b! })).blocks);
  assert.equal(bText.slice(note!.passage.start, note!.passage.end), note!.passage.text);
  assert.ok(note!.score > 0.3 && note!.score <= 1);

  // The article the note was made on does not get its own note back; an article outside the story gets nothing.
  assert.deepEqual(await core.api.listStoryNotes({ articleId: a! }), []);
  assert.deepEqual(await core.api.listStoryNotes({ articleId: c! }), []);
  await assert.rejects(core.api.listStoryNotes({ articleId: 999 }), /999/);
  core.close();
});

test('a note on a passage no other article carries is not shown elsewhere', async () => {
  const core = await sampleLibrary();
  const ids = (await core.api.listArticles({})).map((x) => x.id);
  const stories = await core.api.listStories({});
  await core.api.mergeStories({ into: stories[0]!.id, from: stories.slice(1).map((s) => s.id) });
  const article = await core.api.getArticle({ id: ids[0]! });
  const text = blocksToText(article.blocks);
  // The byline-like opening words are this article's own.
  const end = text.indexOf(' ', 30);
  await core.api.createHighlight({ articleId: ids[0]!, start: 0, end, color: 'pink', note: 'Only here.' });
  for (const id of ids.slice(1)) assert.deepEqual(await core.api.listStoryNotes({ articleId: id }), []);
  core.close();
});

test('stories grouped automatically: a reprint shows the note made on its original, beside the reworded sentence', async () => {
  const core = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const { db } = core.library;
  const ids = db.transaction(() =>
    syntheticArticles().map((a) => insertPlainArticle(db, { title: a.title, outlet: a.outlet, publishedAt: a.publishedAt, text: a.text })),
  )();
  const original = ids[0]!;
  const reprint = ids[ids.length - 1]!;
  const text = blocksToText((await core.api.getArticle({ id: original })).blocks);
  const sentence = text.match(/[^.]*ten billion[^.]*\./)![0].trim();
  const start = text.indexOf(sentence);
  await core.api.createHighlight({ articleId: original, start, end: start + sentence.length, color: 'blue', note: 'The gas figure.' });

  const [note, ...rest] = await core.api.listStoryNotes({ articleId: reprint });
  assert.equal(rest.length, 0);
  assert.equal(note!.source.outlet, 'Reuters');
  assert.equal(note!.passage.text, sentence.replace('ten billion', '10 billion'));
  // Articles of other events (other stories) get nothing.
  const other = ids.find((id, i) => i > 0 && syntheticArticles()[i]!.event !== syntheticArticles()[0]!.event)!;
  assert.deepEqual(await core.api.listStoryNotes({ articleId: other }), []);
  core.close();
});
