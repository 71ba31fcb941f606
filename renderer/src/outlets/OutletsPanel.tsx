// The outlets tab: every outlet (from what the articles show), one outlet's facts and labels to
// edit, and the label schemes the person defines. Nothing here is shipped as truth.
import { useState } from 'react';
import { useApi } from '../api/api-context';
import { useNotices } from '../state/notices';
import { LabelSchemes } from './LabelSchemes';
import { OutletEditor } from './OutletEditor';
import { useOutlets } from './use-outlets';

export function OutletsPanel({ libraryVersion }: { libraryVersion: number }) {
  const api = useApi();
  const { reportError } = useNotices();
  const { overview, reload } = useOutlets(libraryVersion);
  const [openId, setOpenId] = useState<number | null>(null);
  if (!overview) return <div className="stories-layout" aria-busy="true" />;
  const { outlets, schemes } = overview;
  const open = outlets.find((o) => o.id === openId) ?? outlets[0] ?? null;
  const schemeName = new Map(schemes.map((s) => [s.id, s.name]));

  return (
    <div className="stories-layout">
      <section className="stories-list-pane" aria-labelledby="outlets-heading">
        <div className="stories-head">
          <h1 id="outlets-heading">Outlets</h1>
          <span className="stories-count">{outlets.length}</span>
        </div>
        {outlets.length === 0 ? (
          <p className="stories-hint" data-testid="outlets-empty">
            No outlets yet. An outlet appears when an article names it or has a web address; set an article’s outlet with the pencil in
            its column.
          </p>
        ) : (
          <ul className="outlet-list" data-testid="outlet-list">
            {outlets.map((o) => (
              <li key={o.id}>
                <button
                  type="button"
                  className="outlet-row"
                  data-testid="outlet-row"
                  aria-current={o.id === open?.id || undefined}
                  onClick={() => setOpenId(o.id)}
                >
                  <span className="outlet-row-name">{o.name}</span>
                  <span className="outlet-row-meta">
                    {o.articleCount} {o.articleCount === 1 ? 'article' : 'articles'}
                    {o.labels.map((l) => ` · ${schemeName.get(l.schemeId)}: ${l.value}`).join('')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="story-detail">
        {open ? (
          <OutletEditor
            key={open.id}
            outlet={open}
            schemes={schemes}
            onSave={async (patch) => {
              try {
                await api.updateOutlet({ id: open.id, patch });
                await reload();
                return true;
              } catch (err) {
                reportError(err);
                return false;
              }
            }}
            onLabel={async (schemeId, value) => {
              try {
                await api.setOutletLabel({ outletId: open.id, schemeId, value });
                await reload();
              } catch (err) {
                reportError(err);
              }
            }}
          />
        ) : null}
        <LabelSchemes schemes={schemes} onChanged={reload} />
      </div>
    </div>
  );
}
