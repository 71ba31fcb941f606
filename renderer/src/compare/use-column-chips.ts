// Shows each compared source's chip in its column's title bar while the pane is open. The
// columns belong to the reader, so rather than changing them this adds a constructed style
// sheet (allowed by the app's `style-src 'self'`, unlike a <style> element) and removes it after.
import { useEffect } from 'react';
import type { Source } from './compared-sources';

export function useColumnChips(sources: readonly Source[]): void {
  const rules = sources
    .map(
      (s) =>
        `[data-testid="reader-column"][data-article-id="${s.id}"] .column-bar::before {` +
        ` content: "${s.letter}"; background: ${s.color}; }`,
    )
    .join('\n');
  useEffect(() => {
    if (!rules || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    try {
      sheet.replaceSync(`${BASE}\n${rules}`);
    } catch {
      return; // A chip is a nicety; without it the pane still names each source.
    }
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [rules]);
}

const BASE = `[data-testid="reader-column"] .column-bar::before {
  flex: none; display: inline-grid; place-items: center; width: 18px; height: 18px; margin-left: -6px;
  border-radius: 5px; color: #fff; font: 700 11px/1 var(--font-ui);
}`;
