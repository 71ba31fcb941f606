// Edit an article's metadata in place. The contract's own schema checks the fields first, so
// mistakes are marked on the field; the core's INVALID_INPUT answer is shown here too.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { MetadataPatch, type Article } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { describeError } from '../api/describe-error';
import { useNotices } from '../state/notices';
import { CloseIcon } from '../ui/icons';
import { changedMetadata, fieldsOf, type MetadataFields } from './metadata-patch';

interface Props {
  article: Article;
  onSaved: (article: Article) => void;
  onCancel: () => void;
}

type FieldName = keyof MetadataFields;

const FIELDS: { name: FieldName; label: string; hint?: string; placeholder?: string; inputMode?: 'url' | 'numeric' }[] = [
  { name: 'title', label: 'Title' },
  { name: 'outlet', label: 'Outlet', placeholder: 'e.g. The Guardian' },
  { name: 'authors', label: 'Authors', hint: 'Separate names with commas' },
  { name: 'publishedAt', label: 'Date', placeholder: 'YYYY-MM-DD', inputMode: 'numeric' },
  { name: 'url', label: 'URL', placeholder: 'https://…', inputMode: 'url' },
];

export function MetadataForm({ article, onSaved, onCancel }: Props) {
  const api = useApi();
  const { reportError } = useNotices();
  const [fields, setFields] = useState<MetadataFields>(() => fieldsOf(article));
  const [invalid, setInvalid] = useState<ReadonlySet<FieldName>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const firstField = useRef<HTMLInputElement>(null);

  useEffect(() => firstField.current?.focus(), []);

  async function save(e: FormEvent) {
    e.preventDefault();
    const patch = changedMetadata(article, fields);
    if (Object.keys(patch).length === 0) return onCancel();
    const checked = MetadataPatch.safeParse(patch);
    if (!checked.success) {
      const names = new Set(checked.error.issues.map((issue) => String(issue.path[0]) as FieldName));
      const first = checked.error.issues[0];
      const label = FIELDS.find((f) => f.name === first?.path[0])?.label ?? 'This field';
      setInvalid(names);
      setProblem(`${label}: ${first?.message ?? 'not valid'}`);
      return;
    }
    setSaving(true);
    try {
      onSaved(await api.updateMetadata({ id: article.id, patch: checked.data }));
    } catch (err) {
      const shown = describeError(err);
      if (shown.code === 'INVALID_INPUT') setProblem(shown.message);
      else reportError(err);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      className="metadata-form"
      data-testid="metadata-form"
      aria-label="Edit article details"
      noValidate
      onSubmit={save}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      {FIELDS.map((field, i) => (
        <label className="field" key={field.name}>
          <span className="field-label">{field.label}</span>
          <input
            ref={i === 0 ? firstField : undefined}
            name={field.name}
            type="text"
            inputMode={field.inputMode}
            placeholder={field.placeholder}
            value={fields[field.name]}
            aria-invalid={invalid.has(field.name) || undefined}
            autoComplete="off"
            spellCheck={field.name === 'title'}
            onChange={(e) => {
              const value = e.target.value;
              setFields((f) => ({ ...f, [field.name]: value }));
              setInvalid((s) => (s.has(field.name) ? new Set([...s].filter((n) => n !== field.name)) : s));
            }}
          />
          {field.hint ? <span className="field-hint">{field.hint}</span> : null}
        </label>
      ))}
      {problem ? (
        <div className="form-error" role="alert" data-testid="error-message">
          <span>{problem}</span>
          <button type="button" className="icon-button" aria-label="Dismiss message" onClick={() => setProblem(null)}>
            <CloseIcon size={14} />
          </button>
        </div>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" data-testid="metadata-save" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
