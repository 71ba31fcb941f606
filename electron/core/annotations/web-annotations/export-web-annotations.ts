// All highlights and notes (or one article's) as a W3C Web Annotation JSON-LD collection: each
// highlight targets its article with a TextQuoteSelector + TextPositionSelector; the note is a
// `commenting` body, each tag a `tagging` body, and the colour a `highlighting` body (also kept
// as the `parallax:color` extension). An article's own note and tags target the whole article.
import type { Database } from 'better-sqlite3';
import type { AnnotationsJsonLd, Highlight } from '../../../../shared/annotations';
import { getArticleNote } from '../article-notes';
import { getArticleTags } from '../article-tags';
import { listHighlights } from '../highlights';
import { ANNO_CONTEXT, EXT, articleSource } from './vocabulary';

interface ArticleRow {
  id: number;
  title: string | null;
  outlet: string | null;
  url: string | null;
  content_hash: string;
}

type Json = Record<string, unknown>;

export function exportWebAnnotations(db: Database, options: { articleId?: number; now?: Date } = {}): AnnotationsJsonLd {
  const articles = db
    .prepare(
      `SELECT id, title, outlet, url, content_hash FROM articles
       WHERE (@articleId IS NULL OR id = @articleId)
         AND (EXISTS (SELECT 1 FROM highlights h WHERE h.article_id = articles.id)
              OR EXISTS (SELECT 1 FROM notes n WHERE n.article_id = articles.id)
              OR EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = articles.id))
       ORDER BY id`,
    )
    .all({ articleId: options.articleId ?? null }) as ArticleRow[];
  const items: Json[] = [];
  for (const article of articles) {
    const source = sourceOf(article);
    const note = getArticleNote(db, article.id);
    const tags = getArticleTags(db, article.id);
    if (note || tags.length) {
      items.push({
        id: `urn:parallax:article-note:${article.content_hash}`,
        type: 'Annotation',
        motivation: note ? 'commenting' : 'tagging',
        ...(note ? { created: note.createdAt, modified: note.updatedAt } : {}),
        body: [...(note ? [commenting(note.body)] : []), ...tags.map(tagging)],
        target: source,
      });
    }
    for (const h of listHighlights(db, article.id)) items.push(highlightAnnotation(h, source));
  }
  const collection = {
    '@context': ANNO_CONTEXT,
    id: `urn:parallax:export:${(options.now ?? new Date()).toISOString()}`,
    type: 'AnnotationCollection',
    label: 'Parallax highlights and notes',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  const stamp = (options.now ?? new Date()).toISOString().slice(0, 10);
  return {
    fileName: options.articleId ? `parallax-annotations-article-${options.articleId}-${stamp}.jsonld` : `parallax-annotations-${stamp}.jsonld`,
    json: JSON.stringify(collection, null, 2) + '\n',
    count: items.length,
  };
}

function sourceOf(article: ArticleRow): Json {
  return {
    source: articleSource({ url: article.url, contentHash: article.content_hash }),
    [EXT.contentHash]: article.content_hash,
    ...(article.title ? { [EXT.title]: article.title } : {}),
    ...(article.outlet ? { [EXT.outlet]: article.outlet } : {}),
  };
}

function highlightAnnotation(h: Highlight, source: Json): Json {
  return {
    id: `urn:parallax:highlight:${String(source[EXT.contentHash])}:${h.id}`,
    type: 'Annotation',
    motivation: h.note ? 'commenting' : 'highlighting',
    created: h.createdAt,
    modified: h.updatedAt,
    [EXT.color]: h.color,
    body: [
      { type: 'TextualBody', purpose: 'highlighting', value: h.color },
      ...(h.note ? [commenting(h.note)] : []),
      ...h.tags.map(tagging),
    ],
    target: { ...source, selector: [h.quote, h.position] },
  };
}

function commenting(value: string): Json {
  return { type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value };
}

function tagging(value: string): Json {
  return { type: 'TextualBody', purpose: 'tagging', value };
}
