// One outlet's facts (name, web domains, country, language, ownership) and its value in each of
// the person's label schemes. Facts are saved together; a label is saved as soon as it is chosen.
import { useState, type FormEvent } from 'react';
import type { LabelScheme, LabelValue, Outlet, OutletPatch } from '../../../shared/outlets';

interface Props {
  outlet: Outlet;
  schemes: readonly LabelScheme[];
  onSave: (patch: OutletPatch) => Promise<boolean>;
  onLabel: (schemeId: number, value: LabelValue | null) => Promise<void>;
}

const orNull = (s: string) => s.trim() || null;

export function OutletEditor({ outlet, schemes, onSave, onLabel }: Props) {
  const [name, setName] = useState(outlet.name);
  const [domains, setDomains] = useState(outlet.domains.join(', '));
  const [country, setCountry] = useState(outlet.country ?? '');
  const [language, setLanguage] = useState(outlet.language ?? '');
  const [ownership, setOwnership] = useState(outlet.ownership ?? '');
  const [saved, setSaved] = useState(false);
  const valueOf = (schemeId: number) => outlet.labels.find((l) => l.schemeId === schemeId)?.value;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await onSave({
      ...(name.trim() && name.trim() !== outlet.name ? { name: name.trim() } : {}),
      domains: domains.split(/[\s,]+/).filter(Boolean),
      country: orNull(country),
      language: orNull(language),
      ownership: orNull(ownership),
    });
    setSaved(ok);
  };

  return (
    <section className="outlet-editor" aria-labelledby="outlet-editor-title" data-testid="outlet-editor">
      <h2 id="outlet-editor-title">{outlet.name}</h2>
      <p className="story-card-meta">
        <span>
          {outlet.articleCount} {outlet.articleCount === 1 ? 'article' : 'articles'} in the library
        </span>
      </p>
      <h3 className="story-subhead">Labels</h3>
      {schemes.length === 0 ? <p className="stories-hint">No labels defined yet: add one below.</p> : null}
      <div className="outlet-labels">
        {schemes.map((s) => (
          <label key={s.id} className="stories-field stories-field-wide">
            <span>
              {s.name}
              {s.rater ? <span className="field-note"> (by {s.rater})</span> : null}
            </span>
            {s.kind === 'category' ? (
              <select
                data-testid={`outlet-label-${s.id}`}
                value={String(valueOf(s.id) ?? '')}
                onChange={(e) => void onLabel(s.id, e.target.value || null)}
              >
                <option value="">Not set</option>
                {s.values.map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </select>
            ) : (
              <input
                type="number"
                data-testid={`outlet-label-${s.id}`}
                min={s.min ?? undefined}
                max={s.max ?? undefined}
                step="any"
                defaultValue={valueOf(s.id) === undefined ? '' : String(valueOf(s.id))}
                placeholder={`${s.min}–${s.max}`}
                onBlur={(e) => {
                  const raw = e.target.value.trim();
                  const value = raw === '' ? null : Number(raw);
                  if (value !== (valueOf(s.id) ?? null)) void onLabel(s.id, value);
                }}
              />
            )}
          </label>
        ))}
      </div>
      <h3 className="story-subhead">Facts</h3>
      <form className="outlet-facts" onSubmit={(e) => void submit(e)} onChange={() => setSaved(false)}>
        <label className="stories-field stories-field-wide">
          <span>Name</span>
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
        </label>
        <label className="stories-field stories-field-wide">
          <span>Web domains</span>
          <input value={domains} onChange={(e) => setDomains(e.target.value)} placeholder="example.com, example.co.uk" />
        </label>
        <label className="stories-field">
          <span>Country</span>
          <input value={country} onChange={(e) => setCountry(e.target.value)} placeholder="Not set" maxLength={100} />
        </label>
        <label className="stories-field">
          <span>Language</span>
          <input value={language} onChange={(e) => setLanguage(e.target.value)} placeholder="Not set" maxLength={35} />
        </label>
        <label className="stories-field stories-field-wide">
          <span>Ownership</span>
          <input value={ownership} onChange={(e) => setOwnership(e.target.value)} placeholder="Not set" maxLength={500} />
        </label>
        <div className="outlet-facts-actions">
          <button type="submit" className="button button-primary button-small" data-testid="outlet-save">
            Save facts
          </button>
          <span role="status" className="field-note">
            {saved ? 'Saved.' : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
