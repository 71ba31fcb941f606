// Reading the timeline's partial dates: where a date sits on a year axis, how to say it, and
// which ticks to draw. Dates without a year ("--12-15") have no place on the axis.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The date as a fractional year, or null when the year is unknown. */
export function dateToYear(date: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const month = m[2] ? Number(m[2]) - 1 : 0;
  const day = m[3] ? Number(m[3]) - 1 : 0;
  return Number(m[1]) + month / 12 + day / 365;
}

export function formatPartialDate(date: string): string {
  const m = /^(\d{4}|-)-?(\d{2})?(?:-(\d{2}))?$/.exec(date);
  if (!m) return date;
  const year = m[1] === '-' ? '' : m[1]!;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] ?? '' : '';
  const day = m[3] ? String(Number(m[3])) : '';
  return [day, month, year].filter(Boolean).join(' ') || date;
}

/** Round-number ticks covering [from, to], at most about `count` of them. */
export function yearTicks(from: number, to: number, count = 6): number[] {
  const span = Math.max(1, to - from);
  const step = [1, 2, 5, 10, 20, 25, 50, 100].find((s) => span / s <= count) ?? 200;
  const ticks: number[] = [];
  for (let y = Math.ceil(from / step) * step; y <= to; y += step) ticks.push(y);
  return ticks;
}
