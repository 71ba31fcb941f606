// Stories end to end on a real library: the sample corpus imported, synthetic events stored,
// related coverage, grouping, copies, corrections that survive re-grouping, incremental updates.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startCore, type Core } from '..';
import { RelatedResult, Story, StorySummary } from '../../../shared/stories';
import { ParallaxError } from '../../../shared/errors';
import { SAMPLE_CORPUS, tempDir } from '../../testing/temp-dir';
import { insertPlainArticle } from '../stories/fixtures/insert-articles';
import { syntheticArticles } from '../stories/fixtures/synthetic-events';
import { reclusterStories, updateStoryIndex } from '../stories/story-index';

function libraryWithEvents(): { core: Core; idOf: Map<number, number>; eventOf: Map<number, string> } {
  const core = startCore({ libraryDir: tempDir(), sampleCorpusDir: SAMPLE_CORPUS, appVersion: 't' });
  const idOf = new Map<number, number>();
  const eventOf = new Map<number, string>();
  for (const a of syntheticArticles()) {
    const id = insertPlainArticle(core.library.db, a);
    idOf.set(a.id, id);
    eventOf.set(id, a.event);
  }
  return { core, idOf, eventOf };
}

async function storyOf(core: Core, articleId: number): Promise<number> {
  for (const s of await core.api.listStories({})) {
    const story = await core.api.getStory({ id: s.id });
    if (story.articles.some((a) => a.id === articleId)) return s.id;
  }
  throw new Error(`article ${articleId} is in no story`);
}

test('related coverage: same event first, the reprint marked, reasons given; unknown ids are NOT_FOUND', async () => {
  const { core, idOf, eventOf } = libraryWithEvents();
  try {
    const first = idOf.get(100)!;
    const result = RelatedResult.parse(await core.api.relatedArticles({ id: first, limit: 5 }));
    const top3 = result.related.slice(0, 3);
    assert.deepEqual(top3.map((r) => eventOf.get(r.id)), ['olympics-2022', 'olympics-2022', 'olympics-2022']);
    const reprint = result.related.find((r) => r.id === idOf.get(110));
    assert.equal(reprint?.reprint, true);
    assert.ok(top3[1]!.reasons.sharedEntities.some((e) => e.name === 'Beijing' || e.id.includes('diaoyutai')));
    assert.ok(top3.some((r) => r.reasons.sharedDates.includes('2022-02')));
    await assert.rejects(core.api.relatedArticles({ id: 9999 }), (e: unknown) => e instanceof ParallaxError && e.code === 'NOT_FOUND');
  } finally {
    core.close();
  }
});

test('stories: one per synthetic event, copies counted once, same people in different events kept apart', async () => {
  const { core, idOf, eventOf } = libraryWithEvents();
  try {
    const stories = (await core.api.listStories({})).map((s) => StorySummary.parse(s));
    const byEvent = new Map<string, Set<number>>();
    for (const s of stories) {
      const story = Story.parse(await core.api.getStory({ id: s.id }));
      for (const a of story.articles) {
        const event = eventOf.get(a.id);
        if (event) byEvent.set(event, (byEvent.get(event) ?? new Set()).add(s.id));
      }
    }
    for (const [event, ids] of byEvent) assert.equal(ids.size, 1, `${event} split over ${ids.size} stories`);
    const storyIds = [...byEvent.values()].map((s) => [...s][0]);
    assert.equal(new Set(storyIds).size, byEvent.size, 'two events share a story');
    const olympics = stories.find((s) => s.id === [...byEvent.get('olympics-2022')!][0])!;
    assert.equal(olympics.articleCount - olympics.independentCount, 1);
    assert.ok(olympics.reasons.people.includes('Xi Jinping') || olympics.reasons.people.includes('Vladimir Putin'));
    assert.ok(olympics.reasons.dates.some((d) => d.startsWith('2022-02')));
    assert.equal(olympics.span.from, '2022-02-04');
    assert.ok(olympics.outlets.includes('Daily Mirror'));
    const copy = (await core.api.getStory({ id: olympics.id })).articles.find((a) => a.id === idOf.get(110));
    assert.equal(copy?.reprintOf, idOf.get(100));
  } finally {
    core.close();
  }
});

test('merge, split, move and pin survive re-grouping', async () => {
  const { core, idOf } = libraryWithEvents();
  try {
    const db = core.library.db;
    const call = await storyOf(core, idOf.get(106)!);
    const samarkand = await storyOf(core, idOf.get(108)!);
    const merged = await core.api.mergeStories({ into: call, from: [samarkand] });
    assert.equal(merged.articleCount, 4);
    const moscow = await storyOf(core, idOf.get(103)!);
    const split = await core.api.splitStory({ id: moscow, articleIds: [idOf.get(105)!] });
    assert.deepEqual(split.articles.map((a) => a.id), [idOf.get(105)]);
    const olympics = await storyOf(core, idOf.get(100)!);
    await core.api.pinStory({ id: olympics, pinned: true });
    await core.api.moveArticle({ articleId: idOf.get(101)!, storyId: split.id });

    reclusterStories(db);
    assert.equal(await storyOf(core, idOf.get(108)!), call);
    assert.equal(await storyOf(core, idOf.get(106)!), call);
    assert.equal(await storyOf(core, idOf.get(105)!), split.id);
    assert.equal(await storyOf(core, idOf.get(101)!), split.id);
    assert.notEqual(await storyOf(core, idOf.get(103)!), split.id);
    const pinned = await core.api.getStory({ id: olympics });
    assert.equal(pinned.pinned, true);
    assert.ok(pinned.articles.some((a) => a.id === idOf.get(100)));
    await assert.rejects(core.api.splitStory({ id: call, articleIds: [idOf.get(100)!] }), (e: unknown) => e instanceof ParallaxError && e.code === 'INVALID_INPUT');
  } finally {
    core.close();
  }
});

test('incremental update: a new report joins its event, a changed article is placed again, nothing else is touched', async () => {
  const { core, idOf } = libraryWithEvents();
  try {
    const db = core.library.db;
    await core.api.listStories({});
    assert.deepEqual(updateStoryIndex(db), { computed: 0, placed: 0, storiesChanged: 0 });
    const moscow = await storyOf(core, idOf.get(103)!);
    const added = insertPlainArticle(db, {
      title: 'Xi leaves Moscow after Kremlin talks',
      outlet: 'DW',
      publishedAt: '2023-03-23',
      text: 'Xi Jinping left Moscow on March 22, 2023 after a state visit in which the Kremlin and Beijing discussed the Chinese peace plan for Ukraine, Vladimir Putin said.',
    });
    const update = updateStoryIndex(db);
    assert.equal(update.computed, 1);
    assert.equal(update.placed, 1);
    assert.equal(await storyOf(core, added), moscow);
    await core.api.updateMetadata({ id: added, patch: { title: 'Retitled' } });
    assert.equal(updateStoryIndex(db).computed, 1);
    assert.equal(await storyOf(core, added), moscow);
  } finally {
    core.close();
  }
});
