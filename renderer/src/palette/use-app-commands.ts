// The window's commands, built from the state App already holds: columns, library pane,
// comparison, reading settings. The palette lists them and the keyboard runs them.
import { useMemo } from 'react';
import type { ReadingStatus } from '../../../shared/reading';
import { useApi } from '../api/api-context';
import type { ArticleId } from '../../../shared/domain';
import type { OpenIntent } from '../library/row-navigation';
import { selectedRowArticleId } from '../library/row-navigation';
import { focusColumn } from '../reader/focus-column';
import { requestColumn } from '../reader/column-requests';
import type { ReadingColumns } from '../state/reading-columns';
import { useNotices } from '../state/notices';
import { recordReadingProgress } from '../state/reading-progress';
import { FONT_SIZE, LINE_WIDTHS, THEMES, type LineWidth, type ReadingSettings, type ThemeChoice } from '../state/reading-settings';
import type { Command } from './commands';
import type { Shortcut } from './shortcuts';

export const PALETTE_KEYS: readonly Shortcut[] = [{ key: 'k', mod: true }];

interface Deps {
  columns: ReadingColumns;
  libraryShown: boolean;
  setLibraryShown: (shown: boolean) => void;
  compare: { available: boolean; shown: boolean; toggle: () => void };
  settings: ReadingSettings;
  updateSettings: (patch: Partial<ReadingSettings>) => void;
  openArticle: (id: ArticleId, intent: OpenIntent) => void;
  pickFiles: () => void;
  togglePalette: () => void;
}

const THEME_NAMES: Record<ThemeChoice, string> = { system: 'follow system', light: 'light', dark: 'dark', sepia: 'sepia' };

const afterRender = (run: () => void) => requestAnimationFrame(() => requestAnimationFrame(run));

function focusSearchInput() {
  const input = document.querySelector<HTMLInputElement>('[data-testid="search-input"]');
  input?.focus();
  input?.select();
}

export function useAppCommands(deps: Deps): Command[] {
  const { columns, libraryShown, setLibraryShown, compare, settings, updateSettings, openArticle, pickFiles, togglePalette } = deps;
  const api = useApi();
  const { reportError } = useNotices();
  return useMemo(() => {
    const { ids, active } = columns;
    const markActive = (status: ReadingStatus) => {
      if (activeId !== undefined) void api.setReadingStatus({ id: activeId, status }).then(recordReadingProgress, reportError);
    };
    const activeId = ids[active];
    const step = (delta: number) => {
      const target = ids[Math.max(0, Math.min(active + delta, ids.length - 1))];
      if (target === undefined) return;
      columns.activate(target);
      focusColumn(target);
    };
    const commands: Command[] = [
      { id: 'palette', group: 'Window', title: 'Show all commands', keys: PALETTE_KEYS, run: togglePalette },
      {
        id: 'column-next',
        group: 'Columns',
        title: 'Go to the column on the right',
        keys: [{ key: 'ArrowRight', mod: true, alt: true }, { key: ']', mod: true }],
        available: ids.length > 1,
        run: () => step(1),
      },
      {
        id: 'column-previous',
        group: 'Columns',
        title: 'Go to the column on the left',
        keys: [{ key: 'ArrowLeft', mod: true, alt: true }, { key: '[', mod: true }],
        available: ids.length > 1,
        run: () => step(-1),
      },
      {
        id: 'column-move-right',
        group: 'Columns',
        title: 'Move this column right',
        keys: [{ key: 'ArrowRight', mod: true, alt: true, shift: true }],
        available: ids.length > 1 && active < ids.length - 1,
        run: () => {
          columns.moveActive(1);
          afterRender(() => focusColumn(activeId));
        },
      },
      {
        id: 'column-move-left',
        group: 'Columns',
        title: 'Move this column left',
        keys: [{ key: 'ArrowLeft', mod: true, alt: true, shift: true }],
        available: ids.length > 1 && active > 0,
        run: () => {
          columns.moveActive(-1);
          afterRender(() => focusColumn(activeId));
        },
      },
      {
        id: 'column-focus',
        group: 'Columns',
        title: 'Go to the active column’s text',
        available: activeId !== undefined,
        run: () => focusColumn(activeId),
      },
      {
        id: 'column-close',
        group: 'Columns',
        title: 'Close the active column',
        keys: [{ key: 'w', mod: true }],
        available: activeId !== undefined,
        run: () => {
          if (activeId === undefined) return;
          const next = ids[active > 0 ? active - 1 : 1];
          columns.close(activeId);
          afterRender(() => focusColumn(next));
        },
      },
      {
        id: 'open-beside',
        group: 'Columns',
        title: 'Open the selected library article beside',
        keys: [{ key: 'Enter', mod: true }],
        global: false,
        available: libraryShown,
        run: () => {
          const id = selectedRowArticleId();
          if (id !== null) openArticle(id, { beside: true });
        },
      },
      {
        id: 'open-selected',
        group: 'Columns',
        title: 'Open the selected library article',
        keys: [{ key: 'Enter' }],
        global: false,
        available: libraryShown,
        run: () => {
          const id = selectedRowArticleId();
          if (id !== null) openArticle(id, { beside: false });
        },
      },
      {
        id: 'linked-scroll',
        group: 'Columns',
        title: columns.linked ? 'Stop scrolling the two columns together' : 'Scroll the two columns together',
        keys: [{ key: 'l', mod: true, alt: true }],
        available: ids.length === 2,
        run: columns.toggleLinked,
      },
      {
        id: 'notes',
        group: 'Reading',
        title: activeId !== undefined && columns.notes.includes(activeId) ? 'Hide highlights and notes' : 'Show highlights and notes',
        keys: [{ key: 'n', mod: true, alt: true }],
        available: activeId !== undefined,
        run: () => activeId !== undefined && columns.toggleNotes(activeId),
      },
      {
        id: 'reclean',
        group: 'Reading',
        title: 'Re-clean the active article from its original',
        available: activeId !== undefined,
        run: () => activeId !== undefined && requestColumn(activeId, 'reclean'),
      },
      {
        id: 'anchoring',
        group: 'Reading',
        title: 'Show where the highlights are anchored',
        available: activeId !== undefined,
        run: () => activeId !== undefined && requestColumn(activeId, 'anchoring'),
      },
      {
        id: 'mark-read',
        group: 'Reading',
        title: 'Mark the active article as read',
        keys: [{ key: 'd', mod: true, alt: true }],
        available: activeId !== undefined,
        run: () => markActive('done'),
      },
      {
        id: 'mark-unread',
        group: 'Reading',
        title: 'Mark the active article as unread',
        available: activeId !== undefined,
        run: () => markActive('unread'),
      },
      {
        id: 'compare',
        group: 'Columns',
        title: compare.shown ? 'Hide the comparison' : 'Compare the open articles',
        keys: [{ key: 'c', mod: true, alt: true }],
        available: compare.available,
        run: compare.toggle,
      },
      {
        id: 'library',
        group: 'Library',
        title: libraryShown ? 'Hide the library' : 'Show the library',
        keys: [{ key: 'b', mod: true }],
        run: () => setLibraryShown(!libraryShown),
      },
      {
        id: 'search',
        group: 'Library',
        title: 'Search the library',
        keys: [{ key: '/' }, { key: 'l', mod: true }],
        run: () => {
          if (libraryShown) return focusSearchInput();
          setLibraryShown(true);
          afterRender(focusSearchInput);
        },
      },
      { id: 'import', group: 'Library', title: 'Import files…', keys: [{ key: 'o', mod: true }], run: pickFiles },
      ...THEMES.map(
        (theme): Command => ({
          id: `theme-${theme}`,
          group: 'View',
          title: `Theme: ${THEME_NAMES[theme]}`,
          available: settings.theme !== theme,
          run: () => updateSettings({ theme }),
        }),
      ),
      {
        id: 'text-larger',
        group: 'Reading',
        title: 'Larger text',
        keys: [{ key: '=', mod: true }],
        available: settings.fontSize < FONT_SIZE.max,
        run: () => updateSettings({ fontSize: Math.min(FONT_SIZE.max, settings.fontSize + 1) }),
      },
      {
        id: 'text-smaller',
        group: 'Reading',
        title: 'Smaller text',
        keys: [{ key: '-', mod: true }],
        available: settings.fontSize > FONT_SIZE.min,
        run: () => updateSettings({ fontSize: Math.max(FONT_SIZE.min, settings.fontSize - 1) }),
      },
      {
        id: 'font',
        group: 'Reading',
        title: settings.font === 'serif' ? 'Typeface: sans-serif' : 'Typeface: serif',
        run: () => updateSettings({ font: settings.font === 'serif' ? 'sans' : 'serif' }),
      },
      ...(Object.keys(LINE_WIDTHS) as LineWidth[]).map(
        (lineWidth): Command => ({
          id: `line-width-${lineWidth}`,
          group: 'Reading',
          title: `Line width: ${lineWidth}`,
          available: settings.lineWidth !== lineWidth,
          run: () => updateSettings({ lineWidth }),
        }),
      ),
    ];
    return commands;
  }, [api, reportError, columns, libraryShown, setLibraryShown, compare, settings, updateSettings, openArticle, pickFiles, togglePalette]);
}
