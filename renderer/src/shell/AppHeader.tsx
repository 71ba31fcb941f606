// The window's top bar: the app's name, how many articles the library holds, and the two
// window-wide actions (show/hide the library, import files).
import { useRef, type ReactNode, type RefObject } from 'react';
import { formatCount } from '../labels/article-labels';
import type { ReadingSettings } from '../state/reading-settings';
import type { Library } from '../state/use-library';
import { ImportIcon, LibraryIcon } from '../ui/icons';
import { SettingsPopover } from './SettingsPopover';

interface Props {
  library: Library;
  libraryShown: boolean;
  onToggleLibrary: () => void;
  onImportFiles: (files: File[]) => void;
  settings: ReadingSettings;
  onSettingsChange: (patch: Partial<ReadingSettings>) => void;
  /** Extra window actions shown before the settings button (the Compare toggle). */
  extraActions?: ReactNode;
  /** The file picker, so the command palette's "Import files…" can open it too. */
  pickerRef?: RefObject<HTMLInputElement | null>;
}

export function AppHeader({ library, libraryShown, onToggleLibrary, onImportFiles, settings, onSettingsChange, extraActions, pickerRef }: Props) {
  const ownPicker = useRef<HTMLInputElement>(null);
  const picker = pickerRef ?? ownPicker;
  const count = library.articles.length;
  return (
    <header className="app-header" role="banner">
      <div className="app-brand">
        <span className="app-mark" aria-hidden="true" />
        <span className="app-name">Parallax</span>
      </div>
      <span className="article-count" data-testid="article-count" aria-live="polite">
        {library.status === 'loading' ? 'Loading…' : `${formatCount(count)} ${count === 1 ? 'article' : 'articles'}`}
      </span>
      <div className="app-actions" role="toolbar" aria-label="Window">
        <button type="button" className="button button-quiet" aria-pressed={libraryShown} onClick={onToggleLibrary}>
          <LibraryIcon />
          <span>{libraryShown ? 'Hide library' : 'Show library'}</span>
        </button>
        <button type="button" className="button button-quiet" onClick={() => picker.current?.click()}>
          <ImportIcon />
          <span>Import…</span>
        </button>
        {extraActions}
        <SettingsPopover settings={settings} onChange={onSettingsChange} />
        <input
          ref={picker}
          className="visually-hidden"
          type="file"
          multiple
          tabIndex={-1}
          aria-hidden="true"
          accept=".txt,.md,.markdown,.html,.htm,.mhtml,.mht,.pdf"
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            onImportFiles(files);
          }}
        />
      </div>
    </header>
  );
}
