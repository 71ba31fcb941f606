// Small SVG charts for the reading balance: stacked horizontal bars (one row per outlet or label
// value) and stacked columns over time. Each chart also says its numbers in words for screen readers.
import type { BalanceCounts } from '../../../shared/outlets';

export const SERIES: { key: keyof BalanceCounts; label: string; colour: string }[] = [
  { key: 'read', label: 'Articles read', colour: 'var(--chart-read)' },
  { key: 'highlights', label: 'Highlights', colour: 'var(--chart-highlights)' },
  { key: 'notes', label: 'Notes', colour: 'var(--chart-notes)' },
];

const total = (c: BalanceCounts) => c.read + c.highlights + c.notes;
const inWords = (c: BalanceCounts) => `${c.read} read, ${c.highlights} highlights, ${c.notes} notes`;

export function BarChart({ title, rows }: { title: string; rows: { name: string; counts: BalanceCounts }[] }) {
  const max = Math.max(1, ...rows.map((r) => total(r.counts)));
  const rowHeight = 26;
  const labelWidth = 150;
  const width = 520;
  const barWidth = width - labelWidth - 40;
  return (
    <figure className="balance-chart" data-testid="balance-bars">
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${rows.length * rowHeight + 4}`}
        width={width}
        className="chart"
        role="img"
        aria-label={`${title}: ${rows.map((r) => `${r.name}, ${inWords(r.counts)}`).join('; ')}`}
      >
        {rows.map((r, i) => {
          let x = labelWidth;
          const y = i * rowHeight + 4;
          return (
            <g key={r.name}>
              <text x={labelWidth - 8} y={y + 14} textAnchor="end" className="chart-label">
                {r.name.length > 22 ? `${r.name.slice(0, 21)}…` : r.name}
              </text>
              {SERIES.map((s) => {
                const w = (r.counts[s.key] / max) * barWidth;
                const rect = w > 0 ? <rect key={s.key} x={x} y={y + 2} width={Math.max(w - 1, 1)} height={rowHeight - 10} rx={2} fill={s.colour} /> : null;
                x += w;
                return rect;
              })}
              <text x={x + 6} y={y + 14} className="chart-value">
                {total(r.counts)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export function TimeChart({ title, points, period }: { title: string; points: (BalanceCounts & { period: string })[]; period: 'week' | 'month' }) {
  const max = Math.max(1, ...points.map(total));
  const height = 140;
  const left = 28;
  const step = Math.max(18, Math.min(48, 640 / Math.max(points.length, 1)));
  const width = left + points.length * step + 8;
  const every = Math.ceil(points.length / 8);
  const label = (p: string) => {
    const d = new Date(`${p.length === 7 ? `${p}-01` : p}T00:00:00Z`);
    return new Intl.DateTimeFormat(undefined, period === 'week' ? { month: 'short', day: 'numeric', timeZone: 'UTC' } : { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(d);
  };
  return (
    <figure className="balance-chart balance-chart-wide" data-testid="balance-time">
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height + 24}`}
        width={width}
        className="chart"
        role="img"
        aria-label={`${title}: ${points.filter((p) => total(p) > 0).map((p) => `${label(p.period)}, ${inWords(p)}`).join('; ') || 'no activity'}`}
      >
        <line x1={left} x2={width} y1={height} y2={height} className="chart-axis" />
        <text x={left - 6} y={10} textAnchor="end" className="chart-value">
          {max}
        </text>
        <text x={left - 6} y={height} textAnchor="end" className="chart-value">
          0
        </text>
        {points.map((p, i) => {
          let y = height;
          const x = left + i * step + 3;
          return (
            <g key={p.period}>
              {SERIES.map((s) => {
                const h = (p[s.key] / max) * (height - 8);
                if (h <= 0) return null;
                y -= h;
                return <rect key={s.key} x={x} y={y} width={step - 6} height={Math.max(h - 1, 1)} rx={2} fill={s.colour} />;
              })}
              {i % every === 0 || i === points.length - 1 ? (
                <text x={x + (step - 6) / 2} y={height + 16} textAnchor="middle" className="chart-label">
                  {label(p.period)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
