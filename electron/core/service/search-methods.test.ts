import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startCore } from '..';
import { SAMPLE_CORPUS, tempDir } from '../../testing/temp-dir';
import { readState } from '../search/search-state';

test('saved searches are queries: their counts follow later imports, edits and deletions', async () => {
  const core = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const saved = await core.api.saveSearch({ name: 'Games', query: 'Olympics' });
  assert.equal(saved.hitCount, 0);
  core.close();
  const again = startCore({ libraryDir: core.library.dir, sampleCorpusDir: SAMPLE_CORPUS, appVersion: 't' });
  const [listed] = await again.api.listSavedSearches({});
  assert.deepEqual([listed!.id, listed!.name, listed!.query, listed!.hitCount], [saved.id, 'Games', 'Olympics', 3]);
  const { hits } = await again.api.search({ query: 'Olympics' });
  await again.api.deleteArticle({ id: hits[0]!.id });
  assert.equal((await again.api.listSavedSearches({}))[0]!.hitCount, 2);
  assert.deepEqual(await again.api.deleteSavedSearch({ id: saved.id }), { deleted: saved.id });
  assert.deepEqual(await again.api.listSavedSearches({}), []);
  await assert.rejects(again.api.deleteSavedSearch({ id: saved.id }), /no saved search/);
  again.close();
});

test('suggest completes titles, people and outlets, forgives typos and follows edits', async () => {
  const core = startCore({ libraryDir: tempDir(), sampleCorpusDir: SAMPLE_CORPUS, appVersion: 't' });
  const titles = await core.api.suggest({ prefix: 'Opportun' });
  assert.equal(titles.suggestions[0]?.kind, 'title');
  assert.equal(titles.suggestions[0]?.text, 'Opportunistic Bedfellows');
  const people = await core.api.suggest({ prefix: 'somm' });
  assert.deepEqual(people.suggestions.find((s) => s.kind === 'person'), { kind: 'person', text: 'Theo Sommer', articleCount: 1 });
  assert.ok((await core.api.suggest({ prefix: 'Bochkow' })).suggestions.some((s) => s.text === 'Danil Bochkov'), 'fuzzy');
  assert.ok((await core.api.suggest({ prefix: 'mindru' })).suggestions.some((s) => s.text === 'Mălina Mîndruțescu'), 'diacritics');

  const id = titles.suggestions[0]!.articleId!;
  await core.api.updateMetadata({ id, patch: { title: 'Bedfellows of convenience', outlet: 'Internationale Politik' } });
  assert.equal((await core.api.suggest({ prefix: 'Opportun' })).suggestions.length, 0);
  assert.equal((await core.api.suggest({ prefix: 'conven' })).suggestions[0]?.articleId, id);
  assert.deepEqual((await core.api.suggest({ prefix: 'internat' })).suggestions[0], { kind: 'outlet', text: 'Internationale Politik', articleCount: 1 });
  assert.ok(readState(core.library.db, 'title-index'), 'the title index is saved in the library');
  core.close();

  // Reopened: the saved index is loaded and caught up, not rebuilt from nothing.
  const again = startCore({ libraryDir: core.library.dir, appVersion: 't' });
  assert.equal((await again.api.suggest({ prefix: 'conven' })).suggestions[0]?.articleId, id);
  again.close();
});

test('a corrupt saved title index is rebuilt, not trusted', async () => {
  const core = startCore({ libraryDir: tempDir(), sampleCorpusDir: SAMPLE_CORPUS, appVersion: 't' });
  await core.api.suggest({ prefix: 'x' });
  core.library.db.prepare("UPDATE search_state SET value = '{broken' WHERE key = 'title-index'").run();
  core.close();
  const again = startCore({ libraryDir: core.library.dir, appVersion: 't' });
  assert.equal((await again.api.suggest({ prefix: 'Opportun' })).suggestions[0]?.text, 'Opportunistic Bedfellows');
  again.close();
});

test('title suggestions come from the title index: a typo in a word is corrected', async () => {
  const core = startCore({ libraryDir: tempDir(), sampleCorpusDir: SAMPLE_CORPUS, appVersion: 't' });
  const typo = await core.api.suggest({ prefix: 'Oportunistic bedf' });
  assert.equal(typo.suggestions[0]?.text, 'Opportunistic Bedfellows');
  core.close();
});

test('a saved title index of the old format (every title) is replaced by the small one of names', async () => {
  const core = startCore({ libraryDir: tempDir(), sampleCorpusDir: SAMPLE_CORPUS, appVersion: 't' });
  core.library.db
    .prepare("INSERT OR REPLACE INTO search_state (key, value, updated_at) VALUES ('title-index', ?, '')")
    .run(JSON.stringify({ version: 1, index: { documentCount: 1 }, counts: [], seq: 0, padding: 'x'.repeat(100_000) }));
  assert.ok((await core.api.suggest({ prefix: 'somm' })).suggestions.some((s) => s.text === 'Theo Sommer'));
  const saved = JSON.parse(readState(core.library.db, 'title-index')!) as { version: number; names: unknown[] };
  assert.equal(saved.version, 2);
  assert.ok(saved.names.length > 0 && JSON.stringify(saved).length < 100_000, 'names only, no titles');
  core.close();
});
