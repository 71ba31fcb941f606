// How a story's dates read: one day, a span, or "Date unknown".
import type { StorySummary } from '../../../shared/stories';

const DAY = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

export function formatDay(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : DAY.format(d);
}

export function formatSpan(span: StorySummary['span']): string {
  if (!span.from) return 'Date unknown';
  if (!span.to || span.to === span.from) return formatDay(span.from);
  return `${formatDay(span.from)} – ${formatDay(span.to)}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * A story's size, independent reporting told apart from copies:
 * "5 articles · 4 outlets · 3 independent reports, 2 reprints".
 */
export function formatCounts(s: Pick<StorySummary, 'articleCount' | 'independentCount' | 'reprintCount'>, outletCount: number): string {
  const reports = plural(s.independentCount, 'independent report', 'independent reports');
  return [
    plural(s.articleCount, 'article', 'articles'),
    outletCount ? plural(outletCount, 'outlet', 'outlets') : 'outlet unknown',
    s.reprintCount ? `${reports}, ${plural(s.reprintCount, 'reprint', 'reprints')}` : reports,
  ].join(' · ');
}
