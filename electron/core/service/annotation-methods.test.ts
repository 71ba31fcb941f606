// The annotation methods end to end on a real SQLite library file: saved at once, re-anchored
// when the article's text changes, orphans kept, deleted with their article.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startCore, type Core } from '..';
import type { Block } from '../../../shared/domain';
import { ParallaxError } from '../../../shared/errors';
import { blocksToText } from '../../../shared/text';
import { insertArticle } from '../library/articles';
import { tempDir } from '../../testing/temp-dir';

const BLOCKS: Block[] = [
  { type: 'heading', level: 2, text: 'A partnership of convenience' },
  { type: 'paragraph', text: 'Despite the appearance of unity between Russia and China, the potential for friction exists.' },
  { type: 'paragraph', text: 'Firstly, trade relations between the two are deeply imbalanced. China is Russia’s largest trading partner.' },
  { type: 'quote', text: '“Our friendship is unbreakable,” the spokesperson said.' },
];
const TEXT = blocksToText(BLOCKS);

function setUp(): { core: Core; articleId: number } {
  const core = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const articleId = insertArticle(core.library.db, {
    title: 'Russia and China',
    subtitle: null,
    authors: ['Ann Analyst'],
    outlet: 'The Example',
    publishedAt: '2021-06-14',
    url: 'https://example.com/a',
    language: 'en',
    blocks: BLOCKS,
    body: TEXT,
    wordCount: 40,
    contentHash: 'hash-' + Math.random(),
    sourceName: 'a.txt',
    sourceFormat: 'txt',
    original: new Uint8Array([1]),
    originalHash: 'orig-' + Math.random(),
  });
  return { core, articleId };
}

const rangeOf = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length });

function rewriteBlocks(core: Core, id: number, blocks: Block[]): void {
  core.library.db.prepare('UPDATE articles SET blocks_json = ?, body = ? WHERE id = ?').run(JSON.stringify(blocks), blocksToText(blocks), id);
}

test('a highlight across two paragraphs is stored with quote, context and position, and listed exact', async () => {
  const { core, articleId } = setUp();
  const quote = 'the potential for friction exists.\n\nFirstly, trade relations';
  const created = await core.api.createHighlight({ articleId, ...rangeOf(quote), color: 'green', note: 'Key *tension*' });
  assert.equal(created.quote.exact, quote);
  assert.equal(created.quote.prefix, TEXT.slice(rangeOf(quote).start - 32, rangeOf(quote).start));
  assert.ok(created.quote.suffix.startsWith(' between the two'));
  assert.deepEqual(created.anchor, { status: 'exact', ...rangeOf(quote) });
  assert.equal(created.note, 'Key *tension*');

  const listed = await core.api.listAnnotations({ articleId });
  assert.equal(listed.highlights.length, 1);
  assert.equal(listed.highlights[0]!.color, 'green');
  assert.equal(listed.highlights[0]!.anchor.status, 'exact');
  core.close();
});

test('the server trims the selection to its words and refuses ranges outside the text', async () => {
  const { core, articleId } = setUp();
  const { start, end } = rangeOf('Firstly');
  const created = await core.api.createHighlight({ articleId, start: start - 2, end: end + 1, color: 'yellow' });
  assert.equal(created.quote.exact, 'Firstly,');
  await assert.rejects(core.api.createHighlight({ articleId, start: 0, end: TEXT.length + 5, color: 'yellow' }), /past the end/);
  await assert.rejects(core.api.createHighlight({ articleId, start: start - 2, end: start, color: 'yellow' }), /no text/);
  await assert.rejects(core.api.createHighlight({ articleId: 999, start: 0, end: 3, color: 'yellow' }), (e) => e instanceof ParallaxError && e.code === 'NOT_FOUND');
  const invalid = await core.handlers.createHighlight({ articleId, start: 5, end: 2, color: 'yellow' });
  assert.equal(invalid.ok, false);
  const badColour = await core.handlers.createHighlight({ articleId, start: 0, end: 2, color: 'orange' });
  assert.equal(badColour.ok, false);
  core.close();
});

test('colour, note and tags are updated; an empty note removes it', async () => {
  const { core, articleId } = setUp();
  const h = await core.api.createHighlight({ articleId, ...rangeOf('deeply imbalanced'), color: 'yellow' });
  const updated = await core.api.updateHighlight({ id: h.id, color: 'purple', note: 'Trade asymmetry', tags: ['trade', 'china'] });
  assert.equal(updated.color, 'purple');
  assert.equal(updated.note, 'Trade asymmetry');
  assert.deepEqual(updated.tags, ['china', 'trade']);
  const cleared = await core.api.updateHighlight({ id: h.id, note: '  ' });
  assert.equal(cleared.note, null);
  assert.equal(cleared.color, 'purple');
  await assert.rejects(core.api.updateHighlight({ id: 12345, color: 'blue' }), /no highlight/);
  core.close();
});

test('deleting returns the highlight, and re-creating it from that restores it (undo)', async () => {
  const { core, articleId } = setUp();
  const h = await core.api.createHighlight({ articleId, ...rangeOf('largest trading partner'), color: 'pink', note: 'n' });
  const deleted = await core.api.deleteHighlight({ id: h.id });
  assert.equal(deleted.quote.exact, 'largest trading partner');
  assert.equal((await core.api.listAnnotations({ articleId })).highlights.length, 0);
  const again = await core.api.createHighlight({
    articleId,
    start: deleted.position.start,
    end: deleted.position.end,
    color: deleted.color,
    note: deleted.note ?? undefined,
  });
  assert.equal(again.quote.exact, 'largest trading partner');
  assert.equal(again.note, 'n');
  assert.equal(again.color, 'pink');
  core.close();
});

test('after the text is re-cleaned, highlights re-anchor approximately or are kept as orphans', async () => {
  const { core, articleId } = setUp();
  const moved = await core.api.createHighlight({ articleId, ...rangeOf('trade relations between the two are deeply imbalanced'), color: 'blue' });
  const gone = await core.api.createHighlight({ articleId, ...rangeOf('Our friendship is unbreakable'), color: 'yellow', note: 'keep me' });
  const recleaned: Block[] = [
    { type: 'paragraph', text: 'Editor’s note: updated on Tuesday.' },
    ...BLOCKS.slice(0, 2),
    { type: 'paragraph', text: 'Firstly, trade relations between the two are still deeply imbalanced. China is Russia’s largest trading partner.' },
  ];
  rewriteBlocks(core, articleId, recleaned);
  const now = blocksToText(recleaned);
  const { highlights } = await core.api.listAnnotations({ articleId });
  const movedNow = highlights.find((h) => h.id === moved.id)!;
  assert.equal(movedNow.anchor.status, 'approximate');
  assert.equal(now.slice(movedNow.anchor.start, movedNow.anchor.end), 'trade relations between the two are still deeply imbalanced');
  const goneNow = highlights.find((h) => h.id === gone.id)!;
  assert.equal(goneNow.anchor.status, 'orphaned');
  assert.equal(goneNow.note, 'keep me');
  assert.equal(highlights[highlights.length - 1]!.id, gone.id, 'orphans are listed last');
  core.close();
});

test('the article note is saved, replaced, and removed when emptied', async () => {
  const { core, articleId } = setUp();
  const first = await core.api.saveArticleNote({ articleId, body: '# Thoughts\n\nFirst draft' });
  assert.equal(first?.body, '# Thoughts\n\nFirst draft');
  const second = await core.api.saveArticleNote({ articleId, body: 'Second draft' });
  assert.equal(second?.id, first?.id);
  assert.equal((await core.api.listAnnotations({ articleId })).articleNote?.body, 'Second draft');
  assert.equal(await core.api.saveArticleNote({ articleId, body: '' }), null);
  assert.equal((await core.api.listAnnotations({ articleId })).articleNote, null);
  await assert.rejects(core.api.saveArticleNote({ articleId: 999, body: 'x' }), /no article 999/);
  core.close();
});

test('all annotations can be filtered by words, colour and article; LIKE wildcards are literal', async () => {
  const { core, articleId } = setUp();
  await core.api.createHighlight({ articleId, ...rangeOf('deeply imbalanced'), color: 'yellow', note: 'about 100% of trade' });
  await core.api.createHighlight({ articleId, ...rangeOf('friction'), color: 'blue' });
  await core.api.saveArticleNote({ articleId, body: 'Overall: friction ahead' });
  assert.equal((await core.api.listAllAnnotations({})).highlights.length, 2);
  const friction = await core.api.listAllAnnotations({ query: 'FRICTION' });
  assert.deepEqual(friction.highlights.map((h) => h.quote.exact), ['friction']);
  assert.equal(friction.articleNotes.length, 1);
  assert.equal(friction.highlights[0]!.article.title, 'Russia and China');
  assert.equal((await core.api.listAllAnnotations({ color: 'yellow' })).highlights.length, 1);
  assert.equal((await core.api.listAllAnnotations({ color: 'yellow' })).articleNotes.length, 0);
  assert.equal((await core.api.listAllAnnotations({ query: '100%' })).highlights.length, 1);
  assert.equal((await core.api.listAllAnnotations({ query: '%' })).highlights.length, 1);
  assert.equal((await core.api.listAllAnnotations({ articleId: 999 })).highlights.length, 0);
  core.close();
});

test('deleting the article deletes its highlights and notes', async () => {
  const { core, articleId } = setUp();
  const h = await core.api.createHighlight({ articleId, ...rangeOf('friction'), color: 'blue', note: 'x', tags: ['t'] });
  await core.api.saveArticleNote({ articleId, body: 'y' });
  await core.api.deleteArticle({ id: articleId });
  const db = core.library.db;
  for (const table of ['highlights', 'notes', 'annotation_tags']) {
    assert.equal((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n, 0, table);
  }
  await assert.rejects(core.api.deleteHighlight({ id: h.id }), /no highlight/);
  core.close();
});

test('the Markdown export has front matter, the article note, and highlights as quotes with notes', async () => {
  const { core, articleId } = setUp();
  await core.api.createHighlight({ articleId, ...rangeOf('the potential for friction exists.\n\nFirstly'), color: 'yellow', note: 'Tension', tags: ['trade'] });
  await core.api.saveArticleNote({ articleId, body: 'My summary.' });
  const { fileName, markdown } = await core.api.exportAnnotations({ articleId });
  assert.equal(fileName, 'Russia and China.md');
  assert.match(markdown, /^---\ntitle: "Russia and China"\noutlet: "The Example"\nauthor: "Ann Analyst"\ndate: "2021-06-14"\nurl: "https:\/\/example.com\/a"\ntags:\n {2}- "trade"\n---\n/);
  assert.ok(markdown.includes('My summary.'));
  assert.ok(markdown.includes('> the potential for friction exists.\n>\n> Firstly\n\nTension\n'));
  core.close();
});
