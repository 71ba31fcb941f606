// The comparison as a Markdown report, built here from the Comparison the pane already holds,
// with the pane's letters (A, B, C…) so the report reads like the screen.
import type { Comparison, Passage } from '../../../shared/comparison';
import type { Source } from './compared-sources';
import { formatPartialDate } from './timeline-dates';

export function comparisonMarkdown(c: Comparison, sources: readonly Source[]): string {
  const letter = new Map(sources.map((s) => [s.id, `[${s.letter}]`]));
  const tag = (ids: readonly number[]) => ids.map((id) => letter.get(id) ?? `[${id}]`).join(' ');
  const out: string[] = [`# Comparison of ${c.articles.length} articles`, ''];
  for (const s of sources) out.push(`- **${s.letter}** ${s.title}${s.outlet ? ` (${s.outlet})` : ''}`);

  out.push('', '## Coverage', '', '| Source | Sentences | Shared | Only here | Quoted |', '|---|---:|---:|---:|---:|');
  for (const v of c.coverage) out.push(`| ${tag([v.articleId])} | ${v.sentences} | ${pct(v.sharedShare)} | ${pct(v.uniqueShare)} | ${pct(v.quotedShare)} |`);

  out.push('', `## Shared claims (${c.sharedClaims.length})`, '');
  for (const claim of c.sharedClaims) {
    out.push(`### ${tag(claim.articleIds)} · ${pct(claim.strength)} match`);
    for (const w of claim.wordings) out.push(`- ${tag([w.articleId])} ${quote(w)}`);
    out.push('');
  }

  out.push('## Only in this source', '');
  for (const u of c.uniqueStatements) {
    out.push(`### ${tag([u.articleId])} (${u.statements.length})`);
    for (const s of u.statements) out.push(`- ${quote(s)}`);
    out.push('');
  }

  out.push(`## Quotes (${c.quotes.length})`, '');
  for (const q of c.quotes) {
    const first = q.instances[0];
    if (!first) continue;
    out.push(`- **${q.speaker ?? 'Unattributed'}** ${tag(q.articleIds)}: “${oneLine(first.text)}”`);
    for (const other of q.instances.slice(1)) {
      const diff = other.diff.map((d) => (d.op === 'same' ? d.text : d.op === 'added' ? `**+${d.text}**` : `~~${d.text}~~`)).join(' ');
      out.push(`  - ${tag([other.articleId])}: ${diff || 'same words'}`);
    }
  }

  out.push('', '## People, organisations, places', '', `| Entity | Kind | ${sources.map((s) => s.letter).join(' | ')} |`, `|---|---|${sources.map(() => '---:').join('|')}|`);
  for (const e of c.entities) {
    const counts = sources.map((s) => String(e.mentions.find((m) => m.articleId === s.id)?.count ?? '·'));
    out.push(`| ${e.name.replace(/\|/g, '\\|')} | ${e.kind} | ${counts.join(' | ')} |`);
  }

  out.push('', `## Figures that differ (${c.figureDiscrepancies.length})`, '');
  for (const d of c.figureDiscrepancies) {
    out.push(`### ${d.measure} (${d.kind})`);
    for (const v of d.values) out.push(`- **${v.raw}** ${tag(v.articleIds)}${v.passages[0] ? `: ${quote(v.passages[0])}` : ''}`);
    out.push('');
  }

  out.push(`## Timeline (${c.timeline.length})`, '');
  for (const t of c.timeline) out.push(`- **${formatPartialDate(t.date)}** ${tag(t.articleIds)}${t.passages[0] ? `: ${quote(t.passages[0])}` : ''}`);
  return out.join('\n') + '\n';
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const quote = (p: Passage) => oneLine(p.text);

function oneLine(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 280 ? `${t.slice(0, 277)}…` : t;
}
