// The header's reading settings: theme, typeface, text size, line width and line spacing.
import { useEffect, useRef, useState } from 'react';
import {
  FONT_SIZE,
  LINE_HEIGHT,
  LINE_WIDTHS,
  THEMES,
  type LineWidth,
  type ReadingSettings,
  type ThemeChoice,
} from '../state/reading-settings';
import { SettingsIcon } from '../ui/icons';

const THEME_LABELS: Record<ThemeChoice, string> = { system: 'Follow system', light: 'Light', dark: 'Dark', sepia: 'Sepia' };
const WIDTH_LABELS: Record<LineWidth, string> = { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' };

interface Props {
  settings: ReadingSettings;
  onChange: (patch: Partial<ReadingSettings>) => void;
}

export function SettingsPopover({ settings, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => !root.current?.contains(e.target as Node) && setOpen(false);
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="settings" ref={root}>
      <button
        type="button"
        className="button button-quiet"
        data-testid="settings-toggle"
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => setOpen((o) => !o)}
      >
        <SettingsIcon />
        <span>Reading</span>
      </button>
      {open ? (
        <div className="settings-panel" role="dialog" aria-label="Reading settings" data-testid="settings-panel">
          <label className="settings-field">
            <span>Theme</span>
            <select
              data-testid="theme-select"
              value={settings.theme}
              onChange={(e) => onChange({ theme: e.target.value as ThemeChoice })}
            >
              {THEMES.map((t) => (
                <option key={t} value={t}>
                  {THEME_LABELS[t]}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="settings-field settings-choice">
            <legend>Typeface</legend>
            {(['serif', 'sans'] as const).map((font) => (
              <label key={font} className={`choice choice-${font}`}>
                <input type="radio" name="reading-font" checked={settings.font === font} onChange={() => onChange({ font })} />
                <span>{font === 'serif' ? 'Serif' : 'Sans'}</span>
              </label>
            ))}
          </fieldset>
          <label className="settings-field">
            <span>
              Text size <output>{settings.fontSize}px</output>
            </span>
            <input
              type="range"
              data-testid="font-size"
              min={FONT_SIZE.min}
              max={FONT_SIZE.max}
              step={1}
              value={settings.fontSize}
              onChange={(e) => onChange({ fontSize: Number(e.target.value) })}
            />
          </label>
          <label className="settings-field">
            <span>Line width</span>
            <select value={settings.lineWidth} onChange={(e) => onChange({ lineWidth: e.target.value as LineWidth })}>
              {(Object.keys(LINE_WIDTHS) as LineWidth[]).map((w) => (
                <option key={w} value={w}>
                  {WIDTH_LABELS[w]}
                </option>
              ))}
            </select>
          </label>
          <label className="settings-field">
            <span>
              Line spacing <output>{settings.lineHeight.toFixed(1)}</output>
            </span>
            <input
              type="range"
              min={LINE_HEIGHT.min}
              max={LINE_HEIGHT.max}
              step={0.1}
              value={settings.lineHeight}
              onChange={(e) => onChange({ lineHeight: Math.round(Number(e.target.value) * 10) / 10 })}
            />
          </label>
        </div>
      ) : null}
    </div>
  );
}
