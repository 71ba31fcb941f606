// The person's label schemes: categories they choose ("My leaning": left, centre, right) or a
// score on a scale with the rater's name. Defined here, applied to outlets in the editor above.
import { useState, type FormEvent } from 'react';
import type { LabelScheme } from '../../../shared/outlets';
import { useApi } from '../api/api-context';
import { useNotices } from '../state/notices';

export function LabelSchemes({ schemes, onChanged }: { schemes: readonly LabelScheme[]; onChanged: () => Promise<void> }) {
  const api = useApi();
  const { reportError } = useNotices();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'category' | 'score'>('category');
  const [values, setValues] = useState('left, centre, right');
  const [rater, setRater] = useState('');
  const [min, setMin] = useState('0');
  const [max, setMax] = useState('10');

  const add = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api.saveLabelScheme(
        kind === 'category'
          ? { name: name.trim(), kind, values: values.split(',').map((v) => v.trim()).filter(Boolean) }
          : { name: name.trim(), kind, rater: rater.trim() || null, min: Number(min), max: Number(max) },
      );
      setName('');
      await onChanged();
    } catch (err) {
      reportError(err);
    }
  };
  const remove = async (s: LabelScheme) => {
    try {
      await api.deleteLabelScheme({ id: s.id });
      await onChanged();
    } catch (err) {
      reportError(err);
    }
  };

  return (
    <section className="label-schemes" aria-labelledby="label-schemes-title" data-testid="label-schemes">
      <h2 id="label-schemes-title">Your labels</h2>
      <p className="stories-hint">Labels are yours: nothing is assigned to outlets unless you do it.</p>
      {schemes.length ? (
        <ul className="scheme-list">
          {schemes.map((s) => (
            <li key={s.id} className="scheme-row">
              <span>
                <strong>{s.name}</strong>{' '}
                <span className="field-note">
                  {s.kind === 'category' ? s.values.join(' · ') : `score ${s.min}–${s.max}${s.rater ? `, by ${s.rater}` : ''}`}
                </span>
              </span>
              <button type="button" className="button button-quiet button-small" aria-label={`Delete the label ${s.name}`} onClick={() => void remove(s)}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form className="outlet-facts" onSubmit={(e) => void add(e)} aria-label="New label">
        <label className="stories-field stories-field-wide">
          <span>New label</span>
          <input data-testid="scheme-name" value={name} onChange={(e) => setName(e.target.value)} placeholder="My leaning" required maxLength={80} />
        </label>
        <fieldset className="scheme-kind">
          <legend>Kind</legend>
          <label className="stories-check">
            <input type="radio" name="scheme-kind" checked={kind === 'category'} onChange={() => setKind('category')} />
            <span>Categories</span>
          </label>
          <label className="stories-check">
            <input type="radio" name="scheme-kind" checked={kind === 'score'} onChange={() => setKind('score')} />
            <span>Score</span>
          </label>
        </fieldset>
        {kind === 'category' ? (
          <label className="stories-field stories-field-wide">
            <span>Values, in order (comma-separated)</span>
            <input data-testid="scheme-values" value={values} onChange={(e) => setValues(e.target.value)} required />
          </label>
        ) : (
          <>
            <label className="stories-field stories-field-wide">
              <span>Rater (who gave the scores)</span>
              <input value={rater} onChange={(e) => setRater(e.target.value)} placeholder="Me" maxLength={120} />
            </label>
            <label className="stories-field">
              <span>From</span>
              <input type="number" step="any" value={min} onChange={(e) => setMin(e.target.value)} required />
            </label>
            <label className="stories-field">
              <span>To</span>
              <input type="number" step="any" value={max} onChange={(e) => setMax(e.target.value)} required />
            </label>
          </>
        )}
        <div className="outlet-facts-actions">
          <button type="submit" className="button button-small" data-testid="scheme-add">
            Add label
          </button>
        </div>
      </form>
    </section>
  );
}
