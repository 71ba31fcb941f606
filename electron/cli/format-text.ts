// Human-readable CLI output: aligned tables and article text, with unknown metadata said plainly.
import type { Article, ArticleSummary, SearchHit } from '../../shared/domain';
import { MATCH_END, MATCH_START } from '../../shared/text';

export function describeAuthors(authors: string[]): string {
  return authors.length ? authors.join(', ') : 'unknown author';
}

export function formatArticleTable(articles: ArticleSummary[]): string {
  if (!articles.length) return 'The library is empty. Import articles with: parallax import <files or folders>';
  const rows = articles.map((a) => [
    String(a.id),
    truncate(a.title ?? `Untitled (${a.sourceName})`, 60),
    truncate(a.outlet ?? 'unknown outlet', 22),
    truncate(describeAuthors(a.authors), 24),
    a.publishedAt?.slice(0, 10) ?? 'date unknown',
    String(a.wordCount),
  ]);
  return table([['ID', 'TITLE', 'OUTLET', 'AUTHOR', 'DATE', 'WORDS'], ...rows]);
}

export function formatArticle(a: Article): string {
  const lines = [
    a.title ?? `Untitled (${a.sourceName})`,
    ...(a.subtitle ? [a.subtitle] : []),
    `By ${describeAuthors(a.authors)} · ${a.outlet ?? 'unknown outlet'} · ${a.publishedAt ?? 'date unknown'}`,
    ...(a.url ? [a.url] : []),
    '',
  ];
  for (const b of a.blocks) {
    if (b.type === 'heading') lines.push(`## ${b.text}`, '');
    else if (b.type === 'quote') lines.push(`> ${b.text}`, '');
    else if (b.type === 'list-item') lines.push(`  • ${b.text}`);
    else if (b.type === 'image') lines.push(`[image: ${b.text}]`, '');
    else lines.push(b.text, '');
  }
  return lines.join('\n').trimEnd();
}

export function formatHits(query: string, total: number, hits: SearchHit[]): string {
  if (!hits.length) return `No articles match: ${query}`;
  const out = [`${total} article${total === 1 ? ' matches' : 's match'}: ${query}`];
  for (const h of hits) {
    out.push(`\n[${h.id}] ${h.title ?? 'Untitled'} — ${h.outlet ?? 'unknown outlet'}`);
    out.push(`    ${h.snippet.split(MATCH_START).join('[').split(MATCH_END).join(']').replace(/\s+/g, ' ')}`);
  }
  return out.join('\n');
}

function truncate(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')).join('\n');
}
