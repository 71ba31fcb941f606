// Notes from elsewhere in the story: a note made on a passage of one article is offered beside
// the sentence of another article of the same story that carries the same statement. Matching
// reuses the comparison's sentence similarity (the bar of an aligned claim), so "the same
// statement" means here what it means in Compare.
import type { Database } from 'better-sqlite3';
import type { AnchoredHighlight, StoryNote } from '../../../shared/annotations';
import { CLAIM_MIN_SCORE, CLAIM_MIN_SHARED_RARE } from '../compare/shared-claims';
import { toCompareDoc, type Sentence } from '../compare/compare-doc';
import { libraryFrequencies } from '../compare/library-frequencies';
import { splitSentences } from '../compare/sentences';
import { buildSentenceVectors, sentenceSimilarity, sharedRare, type SimilarityInput } from '../compare/similarity';
import { getArticle } from '../library/articles';
import { getStory, listStories } from '../stories/story-read';
import { articleText, listArticleAnnotations } from './article-annotations';

/** Sentences of one noted passage that match sentences of the article, closer than this many apart, form one passage. */
const MAX_SENTENCE_GAP = 2;

interface NotedPassage {
  source: { id: number; title: string | null; outlet: string | null; publishedAt: string | null };
  highlight: AnchoredHighlight & { note: string };
  quote: string;
  sentences: string[];
}

/** Whether any other article has a highlight with a note: without one there is nothing to offer (and no story work to do). */
export function notesElsewhere(db: Database, articleId: number): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM notes n JOIN highlights h ON h.id = n.highlight_id WHERE h.article_id != ? AND trim(n.body) != '' LIMIT 1`,
      )
      .get(articleId) !== undefined
  );
}

/** The other articles of the story this article belongs to (none when it stands alone). */
export function storyMates(db: Database, articleId: number): { id: number; title: string | null; outlet: string | null; publishedAt: string | null }[] {
  for (const summary of listStories(db, 2)) {
    const story = getStory(db, summary.id);
    if (story.articles.some((a) => a.id === articleId)) {
      return story.articles.filter((a) => a.id !== articleId).map(({ id, title, outlet, publishedAt }) => ({ id, title, outlet, publishedAt }));
    }
  }
  return [];
}

export function findStoryNotes(db: Database, articleId: number): StoryNote[] {
  const article = getArticle(db, articleId);
  const noted = notedPassages(db, storyMates(db, articleId));
  if (!noted.length) return [];
  const doc = toCompareDoc(article);
  if (!doc.sentences.length) return [];

  // One vector space for this article's sentences and the noted passages' sentences.
  const inputs: SimilarityInput[] = doc.sentences.map((s) => ({ articleId, text: s.text }));
  const owners: number[] = [];
  noted.forEach((n, i) => {
    for (const text of n.sentences) {
      inputs.push({ articleId: n.source.id, text });
      owners.push(i);
    }
  });
  const vectors = buildSentenceVectors(inputs, libraryFrequencies(db));
  const mine = vectors.slice(0, doc.sentences.length);
  const theirs = vectors.slice(doc.sentences.length);

  const matched = noted.map(() => new Map<number, number>()); // sentence index → best score
  theirs.forEach((v, k) => {
    const hits = matched[owners[k]!]!;
    mine.forEach((m, i) => {
      if (sharedRare(v, m) < CLAIM_MIN_SHARED_RARE) return;
      const score = sentenceSimilarity(v, m);
      if (score >= CLAIM_MIN_SCORE && score > (hits.get(i) ?? 0)) hits.set(i, score);
    });
  });

  const notes: StoryNote[] = [];
  noted.forEach((n, i) => {
    const span = passageSpan(doc.sentences, matched[i]!);
    if (!span) return;
    notes.push({
      highlightId: n.highlight.id,
      color: n.highlight.color,
      note: n.highlight.note,
      quote: n.quote,
      source: n.source,
      passage: { start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) },
      score: Math.round(span.score * 1000) / 1000,
    });
  });
  return notes.sort((a, b) => a.passage.start - b.passage.start || b.score - a.score || a.highlightId - b.highlightId);
}

function notedPassages(db: Database, mates: ReturnType<typeof storyMates>): NotedPassage[] {
  const out: NotedPassage[] = [];
  for (const source of mates) {
    const highlights = listArticleAnnotations(db, source.id).highlights.filter(
      (h): h is AnchoredHighlight & { note: string } => h.note !== null && h.note.trim() !== '' && h.anchor.status !== 'orphaned',
    );
    if (!highlights.length) continue;
    const text = articleText(db, source.id);
    for (const highlight of highlights) {
      const quote = text.slice(highlight.anchor.start, highlight.anchor.end);
      const sentences = quote
        .split(/\n\s*\n/)
        .flatMap((block) => splitSentences(block).map((s) => s.text))
        .filter((s) => s.trim().length > 0);
      if (sentences.length) out.push({ source, highlight, quote, sentences });
    }
  }
  return out;
}

/** The best-matching sentence, widened to the matches next to it (a passage that spans sentences). */
function passageSpan(sentences: readonly Sentence[], hits: ReadonlyMap<number, number>): { start: number; end: number; score: number } | null {
  if (!hits.size) return null;
  const [best, score] = [...hits].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]!;
  let first = best;
  let last = best;
  const near = [...hits.keys()].sort((a, b) => a - b);
  for (const i of [...near].reverse()) if (i < first && first - i <= MAX_SENTENCE_GAP) first = i;
  for (const i of near) if (i > last && i - last <= MAX_SENTENCE_GAP) last = i;
  return { start: sentences[first]!.start, end: sentences[last]!.end, score };
}
