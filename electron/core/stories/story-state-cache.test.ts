// Stories kept in memory between updates must place new articles exactly as stories read afresh
// from the library would: the same articles grouped, warm or cold.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Database } from 'better-sqlite3';
import { openLibrary } from '../library/library';
import { tempDir } from '../../testing/temp-dir';
import { insertPlainArticle } from './fixtures/insert-articles';
import { labelledSampleArticles, syntheticArticles } from './fixtures/synthetic-events';
import { updateStoryIndex } from './story-index';
import { forgetStoryStates } from './story-state-cache';

function partition(db: Database): string[] {
  const rows = db.prepare('SELECT story_id AS s, group_concat(article_id) AS ids FROM (SELECT * FROM story_articles ORDER BY article_id) GROUP BY story_id').all() as { ids: string }[];
  return rows.map((r) => r.ids).sort();
}

function grouped(cold: boolean): string[] {
  const library = openLibrary({ dir: tempDir() });
  try {
    const articles = [...syntheticArticles(), ...labelledSampleArticles()];
    const first = articles.filter((_, i) => i % 3 !== 0);
    const later = articles.filter((_, i) => i % 3 === 0);
    for (const a of first) insertPlainArticle(library.db, a);
    updateStoryIndex(library.db);
    for (const [i, a] of later.entries()) {
      insertPlainArticle(library.db, a);
      if (i % 2) {
        if (cold) forgetStoryStates(library.db);
        updateStoryIndex(library.db);
      }
    }
    if (cold) forgetStoryStates(library.db);
    updateStoryIndex(library.db);
    return partition(library.db);
  } finally {
    library.close();
  }
}

test('incremental placement gives the same stories with the in-memory story states as without them', () => {
  const warm = grouped(false);
  assert.deepEqual(warm, grouped(true));
  assert.ok(warm.some((ids) => ids.includes(',')), 'some stories hold several articles');
});
