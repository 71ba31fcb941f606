// A comparison as a Markdown report for analysts: shared claims side by side, what only one outlet
// says, who is quoted, the entity × source table, figure discrepancies and the timeline.
import type { Comparison, Passage } from '../../../shared/comparison';

export interface MarkdownOptions {
  /** Most items shown per section (the JSON always has everything). */
  limit?: number;
}

export function comparisonToMarkdown(c: Comparison, options: MarkdownOptions = {}): string {
  const limit = options.limit ?? 20;
  const name = new Map(c.articles.map((a) => [a.id, `[${a.id}] ${a.title ?? 'Untitled'}${a.outlet ? ` (${a.outlet})` : ''}`]));
  const short = (id: number) => `[${id}]`;
  const quoteText = (p: Passage) => oneLine(p.text);
  const out: string[] = [`# Comparison of ${c.articles.length} articles`, ''];
  for (const a of c.articles) out.push(`- ${name.get(a.id)}${a.publishedAt ? ` — ${a.publishedAt}` : ''}`);

  out.push('', '## Coverage', '', '| Article | Sentences | Shared | Only here | Quoted |', '|---|---:|---:|---:|---:|');
  for (const v of c.coverage) out.push(`| ${short(v.articleId)} | ${v.sentences} | ${pct(v.sharedShare)} | ${pct(v.uniqueShare)} | ${pct(v.quotedShare)} |`);

  out.push('', `## Shared claims (${c.sharedClaims.length})`, '');
  if (!c.sharedClaims.length) out.push('No claim is reported by more than one article.');
  for (const claim of c.sharedClaims.slice(0, limit)) {
    out.push(`### ${claim.articleIds.map(short).join(' + ')} · strength ${claim.strength}`);
    for (const w of claim.wordings) out.push(`- ${short(w.articleId)} ${quoteText(w)}`);
    out.push('');
  }

  out.push(`## Only in one article`, '');
  for (const u of c.uniqueStatements) {
    out.push(`### Only in ${name.get(u.articleId)} (${u.statements.length})`);
    for (const s of u.statements.slice(0, Math.min(limit, 8))) out.push(`- ${quoteText(s)}`);
    if (u.statements.length > 8) out.push(`- … ${u.statements.length - 8} more`);
    out.push('');
  }

  out.push(`## Quotes (${c.quotes.length})`, '');
  for (const q of c.quotes.slice(0, limit * 2)) {
    const where = q.articleIds.map(short).join(' ');
    const first = q.instances[0]!;
    out.push(`- **${q.speaker ?? 'unattributed'}** in ${where}${q.articleIds.length > 1 ? (q.verbatim ? ' (verbatim)' : ' (worded differently)') : ''}: “${oneLine(first.text)}”`);
    for (const other of q.instances.slice(1)) {
      const diff = other.diff.map((d) => (d.op === 'same' ? d.text : d.op === 'added' ? `**+${d.text}**` : `~~${d.text}~~`)).join(' ');
      out.push(`  - ${short(other.articleId)}: ${diff}`);
    }
  }

  const ids = c.articles.map((a) => a.id);
  out.push('', `## Entities`, '', `| Entity | Kind | ${ids.map(short).join(' | ')} |`, `|---|---|${ids.map(() => '---:').join('|')}|`);
  for (const e of c.entities.filter((x) => x.articleCount > 1 || x.kind === 'person').slice(0, limit * 2)) {
    const counts = ids.map((id) => String(e.mentions.find((m) => m.articleId === id)?.count ?? '·'));
    out.push(`| ${e.name} | ${e.kind} | ${counts.join(' | ')} |`);
  }

  out.push('', `## Figures that differ (${c.figureDiscrepancies.length})`, '');
  if (!c.figureDiscrepancies.length) out.push('No figure differs between the articles.');
  for (const d of c.figureDiscrepancies) {
    out.push(`### ${d.measure} (${d.kind})`);
    for (const v of d.values) out.push(`- **${v.raw}** in ${v.articleIds.map(short).join(' ')}: ${quoteText(v.passages[0]!)}`);
    out.push('');
  }

  out.push(`## Timeline (${c.timeline.length})`, '');
  for (const t of c.timeline.slice(0, limit * 2)) out.push(`- **${t.date}** ${t.articleIds.map(short).join(' ')}: ${quoteText(t.passages[0]!)}`);
  return out.join('\n') + '\n';
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function oneLine(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 240 ? t.slice(0, 237) + '…' : t;
}
