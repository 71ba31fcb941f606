// Reading settings for the window: read from localStorage once, applied to <html> (data-theme
// and CSS variables), saved on every change; "system" follows prefers-color-scheme live.
import { useCallback, useEffect, useState } from 'react';
import { readStored, writeStored } from './local-store';
import { parseSettings, readingVariables, resolveTheme, SETTINGS_KEY, type ReadingSettings } from './reading-settings';

export function useReadingSettings() {
  const [settings, setSettings] = useState<ReadingSettings>(() => parseSettings(readStored(SETTINGS_KEY)));
  const [prefersDark, setPrefersDark] = useState(() => window.matchMedia('(prefers-color-scheme: dark)').matches);

  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setPrefersDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  useEffect(() => {
    const root = document.documentElement;
    const theme = resolveTheme(settings.theme, prefersDark);
    root.dataset.theme = theme;
    document.querySelector('meta[name="color-scheme"]')?.setAttribute('content', theme === 'dark' ? 'dark' : 'light');
    for (const [name, value] of Object.entries(readingVariables(settings))) root.style.setProperty(name, value);
  }, [settings, prefersDark]);

  const update = useCallback((patch: Partial<ReadingSettings>) => {
    setSettings((current) => {
      const next = { ...current, ...patch };
      writeStored(SETTINGS_KEY, JSON.stringify(next));
      return next;
    });
  }, []);

  return { settings, update };
}
