import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { startCore } from '..';
import { blocksToText } from '../../../shared/text';
import { SAMPLE_CORPUS, tempDir } from '../../testing/temp-dir';
import { importPaths } from './import-paths';

test('re-clean re-extracts from the original, keeps edited metadata, and highlights still anchor', async () => {
  const core = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const { db } = core.library;
  const report = await importPaths(db, [path.join(SAMPLE_CORPUS, '003_2a691994ea76d15d.txt')]);
  const id = report.results[0]!.id!;
  const before = await core.api.getArticle({ id });
  const text = blocksToText(before.blocks);
  await core.api.updateMetadata({ id, patch: { title: 'My own title', outlet: 'My outlet' } });
  // What an older cleaner might have left: a stray line at the top, so offsets move on re-clean.
  const oldText = `ADVERTISEMENT\n\n${text}`;
  db.prepare('UPDATE articles SET blocks_json = ?, body = ? WHERE id = ?').run(
    JSON.stringify([{ type: 'paragraph', text: 'ADVERTISEMENT' }, ...before.blocks]),
    oldText,
    id,
  );
  const start = oldText.indexOf(' ', 200) + 1;
  const exact = oldText.slice(start, start + 40);
  await core.api.createHighlight({ articleId: id, color: 'yellow', start, end: start + 40 });

  const result = await core.api.recleanArticle({ id });
  assert.deepEqual(result, { recleaned: [id], failed: [] });
  const after = await core.api.getArticle({ id });
  assert.deepEqual(after.blocks, before.blocks);
  assert.equal(after.title, 'My own title');
  assert.equal(after.outlet, 'My outlet');
  assert.deepEqual(after.authors, before.authors);

  const { highlights } = await core.api.listAnnotations({ articleId: id });
  assert.equal(highlights.length, 1);
  assert.equal(highlights[0]!.anchor.status === 'orphaned', false);
  assert.equal(blocksToText(after.blocks).slice(highlights[0]!.anchor.start, highlights[0]!.anchor.end), exact);

  const all = await core.api.recleanAll({});
  assert.deepEqual(all.recleaned, [id]);
  await assert.rejects(core.api.recleanArticle({ id: 999 }), /999/);
  core.close();
});
