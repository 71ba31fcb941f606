// Re-importing a changed copy of an article (real HTML through the real importer): both versions
// kept, the article shows the new one, the diff shows the changed figure and the removed paragraph,
// highlights follow, and the earlier file imported again is a duplicate.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startCore } from '..';
import { dataTables } from '../backup/library-tables';
import { importSource } from '../library/import-into-library';
import { tempDir } from '../../testing/temp-dir';

const PARAGRAPHS = [
  'The regional council approved the new water treatment plant on Tuesday after a debate that lasted most of the afternoon and drew a large crowd.',
  'The plant will cost 48 million euros and should serve about 120,000 residents in the valley once it opens, officials said in a statement.',
  'Opponents argued that the site chosen by the council sits too close to the river and would flood every few years without costly defences.',
  'Several members of the opposition walked out before the final vote, saying the council had ignored the findings of an independent report.',
  'Construction is expected to begin next spring and to take about three years, according to the engineering firm that won the contract.',
];

function page(paragraphs: string[], { url = 'https://valley-courier.example/news/water-plant', title = 'Council approves water plant' } = {}): Buffer {
  return Buffer.from(`<!doctype html><html><head><title>${title}</title>
    ${url ? `<link rel="canonical" href="${url}">` : ''}
    <meta property="og:site_name" content="Valley Courier"><meta property="og:title" content="${title}">
    </head><body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`);
}

const edited = [PARAGRAPHS[0]!, PARAGRAPHS[1]!.replace('48 million', '61 million'), PARAGRAPHS[2]!, PARAGRAPHS[4]!];

test('a changed copy with the same canonical URL becomes version 2; the diff shows the figure and the removed paragraph', async () => {
  const core = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const db = core.library.db;
  try {
    const first = await importSource(db, { name: 'plant.html', bytes: page(PARAGRAPHS) });
    assert.equal(first.status, 'imported');
    const id = first.id!;
    const article = await core.api.getArticle({ id });
    const text = article.blocks.map((b) => b.text).join('\n\n');
    const quoteAt = text.indexOf('Construction is expected');
    const highlight = await core.api.createHighlight({ articleId: id, start: quoteAt, end: quoteAt + 'Construction is expected to begin next spring'.length, color: 'yellow' });
    const removedAt = text.indexOf('Several members');
    const doomed = await core.api.createHighlight({ articleId: id, start: removedAt, end: removedAt + 'Several members of the opposition walked out'.length, color: 'pink' });

    const second = await importSource(db, { name: 'plant (updated).html', bytes: page(edited) });
    assert.equal(second.status, 'imported');
    assert.equal(second.id, id, 'the same article, not a new one');
    assert.match(second.reason ?? '', /version 2/);
    assert.equal((await core.api.listArticles({})).length, 1);

    const versions = await core.api.articleVersions({ id });
    assert.equal(versions.current, 2);
    assert.deepEqual(versions.versions.map((v) => [v.version, v.current, v.sourceName]), [[1, false, 'plant.html'], [2, true, 'plant (updated).html']]);
    const now = await core.api.getArticle({ id });
    assert.ok(now.blocks.some((b) => b.text.includes('61 million')));
    assert.ok(!now.blocks.some((b) => b.text.includes('Several members')));

    const diff = await core.api.versionDiff({ id });
    assert.equal(diff.from, 1);
    assert.equal(diff.to, 2);
    const changed = diff.paragraphs.find((p) => p.op === 'changed');
    assert.deepEqual(changed?.tokens?.filter((t) => t.op !== 'same'), [{ op: 'removed', text: '48' }, { op: 'added', text: '61' }]);
    assert.deepEqual(diff.paragraphs.filter((p) => p.op === 'removed').map((p) => p.text), [PARAGRAPHS[3]]);
    assert.equal(diff.stats.paragraphsRemoved, 1);
    const back = await core.api.versionDiff({ id, from: 2, to: 1 });
    assert.deepEqual(back.paragraphs.filter((p) => p.op === 'added').map((p) => p.text), [PARAGRAPHS[3]]);
    await assert.rejects(core.api.versionDiff({ id, from: 3 }), { code: 'NOT_FOUND' });

    // Highlights follow to the new text; one on a removed paragraph is orphaned with its quote.
    const annotations = await core.api.listAnnotations({ articleId: id });
    const moved = annotations.highlights.find((h) => h.id === highlight.id)!;
    const newText = now.blocks.map((b) => b.text).join('\n\n');
    assert.equal(moved.anchor.status, 'exact');
    assert.equal(newText.slice(moved.anchor.start, moved.anchor.end), 'Construction is expected to begin next spring');
    assert.equal(annotations.highlights.find((h) => h.id === doomed.id)!.anchor.status, 'orphaned');

    // The earlier file again: a duplicate of the kept version, not a third version.
    const again = await importSource(db, { name: 'plant-copy.html', bytes: page(PARAGRAPHS) });
    assert.equal(again.status, 'duplicate');
    assert.equal(again.id, id);
    assert.equal((await core.api.articleVersions({ id })).current, 2);
    assert.ok(dataTables(db).includes('article_versions'), 'versions go into backups');
  } finally {
    core.close();
  }
});

test('same outlet and title without a URL, mostly the same text: a version; another outlet\'s copy is not', async () => {
  const core = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const db = core.library.db;
  try {
    const first = await importSource(db, { name: 'a.html', bytes: page(PARAGRAPHS, { url: '' }) });
    const second = await importSource(db, { name: 'b.html', bytes: page(edited, { url: '' }) });
    assert.equal(second.status, 'imported');
    assert.equal(second.id, first.id);
    assert.equal((await core.api.articleVersions({ id: first.id! })).versions.length, 2);
    const other = await importSource(db, { name: 'c.html', bytes: page(PARAGRAPHS.slice(0, 3), { url: '', title: 'A different headline entirely' }) });
    assert.notEqual(other.id, first.id);
    assert.equal((await core.api.articleVersions({ id: first.id! })).versions.length, 2);
  } finally {
    core.close();
  }
});
