// An article's highlights and notes as one Markdown file for Obsidian and the like: YAML front
// matter (title, outlet, author, date, url, tags), the article note, then each highlight as a
// block quote followed by its note.
import type { ArticleAnnotations, AnnotationsExport } from '../../../shared/annotations';
import type { ArticleSummary } from '../../../shared/domain';

export function exportAnnotationsMarkdown(
  article: Pick<ArticleSummary, 'title' | 'outlet' | 'authors' | 'publishedAt' | 'url' | 'sourceName'>,
  annotations: ArticleAnnotations,
  tags: readonly string[],
  /** The article's current text: a highlight that re-anchored approximately is quoted as it reads now. */
  text?: string,
): AnnotationsExport {
  const title = article.title ?? article.sourceName;
  const lines: string[] = ['---'];
  lines.push(`title: ${yamlString(title)}`);
  if (article.outlet) lines.push(`outlet: ${yamlString(article.outlet)}`);
  if (article.authors.length === 1) lines.push(`author: ${yamlString(article.authors[0]!)}`);
  else if (article.authors.length > 1) lines.push('author:', ...article.authors.map((a) => `  - ${yamlString(a)}`));
  if (article.publishedAt) lines.push(`date: ${yamlString(article.publishedAt)}`);
  if (article.url) lines.push(`url: ${yamlString(article.url)}`);
  lines.push(tags.length ? 'tags:' : 'tags: []', ...tags.map((t) => `  - ${yamlString(t)}`));
  lines.push('---', '', `# ${oneLine(title)}`, '');

  if (annotations.articleNote) lines.push(annotations.articleNote.body.trim(), '');
  if (annotations.highlights.length) lines.push('## Highlights', '');
  for (const h of annotations.highlights) {
    const quote = text !== undefined && h.anchor.status !== 'orphaned' ? text.slice(h.anchor.start, h.anchor.end) : h.quote.exact;
    lines.push(...quote.split('\n').map((line) => (line.trim() ? `> ${line}` : '>')));
    if (h.anchor.status === 'orphaned') lines.push('>', '> *(this passage is no longer in the article’s text)*');
    lines.push('');
    if (h.note?.trim()) lines.push(h.note.trim(), '');
    if (h.tags.length) lines.push(h.tags.map((t) => `#${t.replace(/\s+/g, '-')}`).join(' '), '');
  }
  return { fileName: `${fileNameOf(title)}.md`, markdown: lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n' };
}

/** A double-quoted YAML scalar; JSON's escaping is valid YAML. */
function yamlString(s: string): string {
  return JSON.stringify(oneLine(s));
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function fileNameOf(title: string): string {
  const safe = oneLine(title).replace(/[\\/:*?"<>|#^[\]]+/g, '').slice(0, 100).trim();
  return safe || 'Article notes';
}
