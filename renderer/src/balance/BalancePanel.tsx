// The private reading balance: what the person read, highlighted and noted, by outlet, by one of
// their labels, and week by week or month by month. Computed in the library; never leaves it.
import { useEffect, useState } from 'react';
import type { LabelScheme, ReadingBalance } from '../../../shared/outlets';
import { useApi } from '../api/api-context';
import { useNotices } from '../state/notices';
import { BarChart, SERIES, TimeChart } from './BalanceCharts';

export function BalancePanel({ libraryVersion }: { libraryVersion: number }) {
  const api = useApi();
  const { reportError } = useNotices();
  const [period, setPeriod] = useState<'week' | 'month'>('week');
  const [schemeId, setSchemeId] = useState<number | null>(null);
  const [schemes, setSchemes] = useState<readonly LabelScheme[]>([]);
  const [balance, setBalance] = useState<ReadingBalance | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([api.readingBalance({ period, schemeId }), api.listOutlets({})]).then(
      ([b, o]) => {
        if (!live) return;
        setBalance(b);
        setSchemes(o.schemes);
      },
      (err) => live && reportError(err),
    );
    return () => {
      live = false;
    };
  }, [api, reportError, period, schemeId, libraryVersion]);

  const empty = balance && balance.totals.read + balance.totals.highlights + balance.totals.notes === 0;
  return (
    <div className="balance" data-testid="reading-balance">
      <div className="stories-head">
        <h1>Reading balance</h1>
        <span className="stories-count">Private: only you see this, and it stays in your library.</span>
      </div>
      <div className="stories-toolbar">
        <label className="stories-field">
          <span>Over time</span>
          <select value={period} onChange={(e) => setPeriod(e.target.value as 'week' | 'month')}>
            <option value="week">By week</option>
            <option value="month">By month</option>
          </select>
        </label>
        <label className="stories-field">
          <span>By label</span>
          <select data-testid="balance-scheme" value={schemeId ?? ''} onChange={(e) => setSchemeId(e.target.value ? Number(e.target.value) : null)}>
            <option value="">None</option>
            {schemes.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <ul className="balance-key" aria-label="Key">
          {SERIES.map((s) => (
            <li key={s.key}>
              <span className="coverage-swatch" style={{ background: s.colour }} aria-hidden="true" />
              {s.label}
            </li>
          ))}
        </ul>
      </div>
      {!balance ? null : empty ? (
        <p className="stories-hint" data-testid="balance-empty">
          Nothing read yet. As you read, highlight and write notes, this shows which outlets (and which of your labels) your attention goes
          to.
        </p>
      ) : (
        <>
          <dl className="balance-totals" data-testid="balance-totals">
            {SERIES.map((s) => (
              <div key={s.key}>
                <dt>{s.label}</dt>
                <dd>{balance.totals[s.key]}</dd>
              </div>
            ))}
          </dl>
          <div className="balance-grid">
            <BarChart title="By outlet" rows={balance.byOutlet.slice(0, 12).map((o) => ({ name: o.name, counts: o }))} />
            {schemeId !== null ? (
              <BarChart
                title={`By ${schemes.find((s) => s.id === schemeId)?.name ?? 'label'}`}
                rows={balance.byLabel.map((l) => ({ name: l.value ?? 'Not labelled', counts: l }))}
              />
            ) : null}
          </div>
          <TimeChart title={period === 'week' ? 'Week by week' : 'Month by month'} points={balance.overTime} period={period} />
        </>
      )}
    </div>
  );
}
