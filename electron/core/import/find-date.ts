// Finds a publication date in a short line of text. Only fully stated dates count ("4 February 2022",
// "2022-02-04"): "on Monday" means nothing once the article is read years later.
import * as chrono from 'chrono-node';

const MAX_LINE = 200;

export function findAbsoluteDate(line: string): string | null {
  if (line.length > MAX_LINE) return null;
  for (const result of chrono.strict.parse(line)) {
    const d = result.start;
    if (d.isCertain('year') && d.isCertain('month') && d.isCertain('day')) {
      const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');
      return `${d.get('year')}-${pad(d.get('month'))}-${pad(d.get('day'))}`;
    }
  }
  return null;
}

/** Normalises a machine-readable date (meta tags, JSON-LD) to YYYY-MM-DD or an ISO date-time. */
export function normalizeDateString(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  const iso = /^(\d{4})[-/](\d{2})[-/](\d{2})(T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?/.exec(v);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}${iso[4] ?? ''}`;
  return findAbsoluteDate(v);
}
