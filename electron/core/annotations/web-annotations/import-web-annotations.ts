// Puts imported Web Annotations back into the library, in one transaction: each is matched to an
// article (content hash, then URL, then a unique title), re-anchored in its current text, and
// kept as an orphan when its passage is gone. Importing the same file twice adds nothing.
import type { Database } from 'better-sqlite3';
import type { JsonLdImportReport } from '../../../../shared/annotations';
import { ParallaxError } from '../../../../shared/errors';
import { mergeTags } from '../../../../shared/hashtags';
import { findArticleIdByContentHash } from '../../library/articles';
import { anchorHighlight } from '../anchoring/anchor-highlight';
import { describeRange } from '../anchoring/text-position';
import { articleText } from '../article-annotations';
import { getArticleNote, saveArticleNote } from '../article-notes';
import { getArticleTags, setArticleTags } from '../article-tags';
import { getHighlight, insertHighlight, setHighlightNote, setHighlightTags } from '../highlights';
import { readWebAnnotations, type ArticleReference, type ReadAnnotation } from './read-web-annotations';

export function importWebAnnotations(db: Database, json: string): JsonLdImportReport {
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch {
    throw new ParallaxError('INVALID_INPUT', 'The file is not JSON; expected W3C Web Annotations (JSON-LD).');
  }
  const { annotations, invalid } = readWebAnnotations(document);
  const report: JsonLdImportReport = { highlights: 0, orphaned: 0, alreadyPresent: 0, articleNotes: 0, unmatched: 0, invalid };
  db.transaction(() => {
    const findArticle = articleFinder(db);
    const texts = new Map<number, string>();
    for (const a of annotations) {
      const articleId = findArticle(a.article);
      if (articleId === null) {
        report.unmatched++;
        continue;
      }
      if (!a.quote) {
        if (importArticleAnnotation(db, articleId, a)) report.articleNotes++;
        continue;
      }
      if (!texts.has(articleId)) texts.set(articleId, articleText(db, articleId));
      const outcome = importHighlight(db, articleId, texts.get(articleId)!, a);
      if (outcome === 'present') report.alreadyPresent++;
      else {
        report.highlights++;
        if (outcome === 'orphaned') report.orphaned++;
      }
    }
  })();
  return report;
}

function importHighlight(db: Database, articleId: number, text: string, a: ReadAnnotation): 'present' | 'anchored' | 'orphaned' {
  const quote = a.quote!;
  const position = a.position ?? { type: 'TextPositionSelector' as const, start: 0, end: quote.exact.length };
  const anchor = anchorHighlight(text, { quote, position });
  const orphaned = anchor.status === 'orphaned';
  const stored = orphaned ? { quote, position } : describeRange(text, anchor);
  const existing = db
    .prepare('SELECT id FROM highlights WHERE article_id = ? AND quote_exact = ? AND position_start = ?')
    .pluck()
    .get(articleId, stored.quote.exact, stored.position.start) as number | undefined;
  if (existing !== undefined) {
    const current = getHighlight(db, existing);
    if (a.tags.length) setHighlightTags(db, existing, mergeTags(current.tags, a.tags));
    if (!current.note && a.note) setHighlightNote(db, existing, articleId, a.note);
    return 'present';
  }
  const id = insertHighlight(db, { articleId, color: a.color, ...stored });
  if (a.note?.trim()) setHighlightNote(db, id, articleId, a.note);
  if (a.tags.length) setHighlightTags(db, id, a.tags);
  if (a.created || a.modified) {
    db.prepare('UPDATE highlights SET created_at = coalesce(?, created_at), updated_at = coalesce(?, ?, updated_at) WHERE id = ?').run(
      a.created,
      a.modified,
      a.created,
      id,
    );
  }
  return orphaned ? 'orphaned' : 'anchored';
}

/** Merges an article-level note and tags; true when something changed. */
function importArticleAnnotation(db: Database, articleId: number, a: ReadAnnotation): boolean {
  let changed = false;
  if (a.note?.trim()) {
    const current = getArticleNote(db, articleId)?.body ?? '';
    if (!current.includes(a.note.trim())) {
      saveArticleNote(db, articleId, current.trim() ? `${current.trimEnd()}\n\n${a.note}` : a.note);
      changed = true;
    }
  }
  if (a.tags.length) {
    const current = getArticleTags(db, articleId);
    const merged = setArticleTags(db, articleId, [...current, ...a.tags]);
    changed ||= merged.length !== current.length;
  }
  return changed;
}

function articleFinder(db: Database): (ref: ArticleReference) => number | null {
  const byUrl = db.prepare('SELECT id FROM articles WHERE url = ? ORDER BY id').pluck();
  const byTitle = db.prepare('SELECT id FROM articles WHERE title = ? COLLATE NOCASE').pluck();
  const cache = new Map<string, number | null>();
  return (ref) => {
    const key = JSON.stringify(ref);
    if (cache.has(key)) return cache.get(key)!;
    let id = ref.contentHash ? findArticleIdByContentHash(db, ref.contentHash) : null;
    if (id === null && ref.source) id = (byUrl.get(ref.source) as number | undefined) ?? null;
    if (id === null && ref.title) {
      const ids = byTitle.all(ref.title) as number[];
      if (ids.length === 1) id = ids[0]!;
    }
    cache.set(key, id);
    return id;
  };
}
