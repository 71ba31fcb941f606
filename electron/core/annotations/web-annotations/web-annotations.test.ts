// W3C Web Annotation JSON-LD: export from one library, import into another holding the same
// articles; colours, notes and tags survive, a second import adds nothing, orphans are kept.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startCore, type Core } from '../..';
import type { Block } from '../../../../shared/domain';
import { blocksToText } from '../../../../shared/text';
import { insertArticle } from '../../library/articles';
import { tempDir } from '../../../testing/temp-dir';

const BLOCKS: Block[] = [
  { type: 'paragraph', text: 'Despite the appearance of unity between Russia and China, the potential for friction exists.' },
  { type: 'paragraph', text: 'Firstly, trade relations between the two are deeply imbalanced. China is Russia’s largest trading partner.' },
];
const TEXT = blocksToText(BLOCKS);

function library(blocks = BLOCKS, hash = 'hash-1'): { core: Core; articleId: number } {
  const core = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const articleId = insertArticle(core.library.db, {
    title: 'Russia and China',
    subtitle: null,
    authors: [],
    outlet: 'The Example',
    publishedAt: null,
    url: 'https://example.com/a',
    language: 'en',
    blocks,
    body: blocksToText(blocks),
    wordCount: 30,
    contentHash: hash,
    sourceName: 'a.txt',
    sourceFormat: 'txt',
    original: new Uint8Array([1]),
    originalHash: 'orig-' + hash,
  });
  return { core, articleId };
}

async function annotate({ core, articleId }: { core: Core; articleId: number }) {
  const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
  await core.api.createHighlight({ articleId, ...at('potential for friction'), color: 'pink', tags: ['risk', 'China'] });
  await core.api.createHighlight({ articleId, ...at('deeply imbalanced'), color: 'green', note: 'Trade gap #economy' });
  await core.api.saveArticleNote({ articleId, body: 'Overall a sober piece. #sinorussia' });
  await core.api.setArticleTags({ articleId, tags: ['alliances'] });
}

const essentials = (core: Core, articleId: number) =>
  core.api.listAnnotations({ articleId }).then((a) => ({
    highlights: a.highlights.map((h) => ({ color: h.color, tags: h.tags, note: h.note, quote: h.quote, position: h.position, anchor: h.anchor })),
    note: a.articleNote?.body ?? null,
    tags: a.articleTags,
  }));

test('JSON-LD export is W3C Web Annotation with text selectors, notes, tags and colours', async () => {
  const a = library();
  await annotate(a);
  const out = await a.core.api.exportAnnotationsJsonLd({});
  const doc = JSON.parse(out.json);
  assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(doc.type, 'AnnotationCollection');
  assert.equal(out.count, 3);
  type Body = { type: string; purpose: string; value: string };
  type Item = { type: string; 'parallax:color': string; body: Body[]; target: { source: string; selector: { type: string }[] } };
  const items = doc.first.items as Item[];
  const pink = items.find((i) => i['parallax:color'] === 'pink')!;
  assert.equal(pink.type, 'Annotation');
  assert.equal(pink.target.source, 'https://example.com/a');
  assert.deepEqual(pink.target.selector.map((s) => s.type), ['TextQuoteSelector', 'TextPositionSelector']);
  assert.deepEqual(pink.body.filter((b) => b.purpose === 'tagging').map((b) => b.value), ['China', 'risk']);
  assert.ok(pink.body.some((b) => b.purpose === 'highlighting' && b.value === 'pink'));
  const green = items.find((i) => i['parallax:color'] === 'green')!;
  assert.ok(green.body.some((b) => b.type === 'TextualBody' && b.purpose === 'commenting' && b.value === 'Trade gap #economy'));
  a.core.close();
});

test('colours, notes and tags survive an export → import round trip; a second import adds nothing', async () => {
  const a = library();
  await annotate(a);
  const { json } = await a.core.api.exportAnnotationsJsonLd({});
  const b = library();
  const report = await b.core.api.importAnnotationsJsonLd({ json });
  assert.deepEqual(report, { highlights: 2, orphaned: 0, alreadyPresent: 0, articleNotes: 1, unmatched: 0, invalid: 0 });
  assert.deepEqual(await essentials(b.core, b.articleId), await essentials(a.core, a.articleId));
  assert.deepEqual(await b.core.api.listTags({}), await a.core.api.listTags({}));

  const again = await b.core.api.importAnnotationsJsonLd({ json });
  assert.equal(again.highlights, 0);
  assert.equal(again.alreadyPresent, 2);
  assert.equal(again.articleNotes, 0);
  assert.deepEqual(await essentials(b.core, b.articleId), await essentials(a.core, a.articleId));
  a.core.close();
  b.core.close();
});

test('an edited article is matched by URL and re-anchored; a vanished passage is kept as an orphan; unknown articles are counted', async () => {
  const a = library();
  await annotate(a);
  const { json } = await a.core.api.exportAnnotationsJsonLd({});
  const edited: Block[] = [{ type: 'paragraph', text: 'Editor’s note added. ' + BLOCKS[0]!.text }, { type: 'paragraph', text: 'Trade was not discussed.' }];
  const c = library(edited, 'hash-2');
  const report = await c.core.api.importAnnotationsJsonLd({ json });
  assert.equal(report.highlights, 2);
  assert.equal(report.orphaned, 1);
  const got = await c.core.api.listAnnotations({ articleId: c.articleId });
  const friction = got.highlights.find((h) => h.quote.exact === 'potential for friction')!;
  assert.equal(friction.anchor.status, 'exact');
  assert.equal(blocksToText(edited).slice(friction.anchor.start, friction.anchor.end), 'potential for friction');
  assert.equal(got.highlights.find((h) => h.quote.exact === 'deeply imbalanced')?.anchor.status, 'orphaned');

  const elsewhere = JSON.stringify({
    type: 'Annotation',
    target: { source: 'https://elsewhere.example/x', selector: { type: 'TextQuoteSelector', exact: 'x' } },
  });
  assert.deepEqual(await c.core.api.importAnnotationsJsonLd({ json: elsewhere }), {
    highlights: 0,
    orphaned: 0,
    alreadyPresent: 0,
    articleNotes: 0,
    unmatched: 1,
    invalid: 0,
  });
  await assert.rejects(c.core.api.importAnnotationsJsonLd({ json: 'not json' }), /not JSON/);
  a.core.close();
  c.core.close();
});
