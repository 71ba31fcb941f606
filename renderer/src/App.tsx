// The window: header, library pane, reading columns, and the window-wide layers (drop overlay,
// import report, messages). Owns the few pieces of state those parts share.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleId } from '../../shared/domain';
import { DropOverlay } from './import/DropOverlay';
import { ImportPanel } from './import/ImportPanel';
import { useFileDrop } from './import/use-file-drop';
import { useImport } from './import/use-import';
import { LibraryPane } from './library/LibraryPane';
import type { OpenIntent } from './library/row-navigation';
import { ReadingArea } from './reader/ReadingArea';
import { AppHeader } from './shell/AppHeader';
import { CompareToggle } from './compare/CompareToggle';
import { ComparisonPane } from './compare/ComparisonPane';
import { useCompareToggle } from './compare/use-compare-toggle';
import { NotesToggle } from './notes/NotesToggle';
import { NotesView } from './notes/NotesView';
import { useNotesView } from './notes/use-notes-view';
import { NoticeStack } from './shell/NoticeStack';
import { storyCommands } from './stories/story-commands';
import { StoriesToggle } from './stories/StoriesToggle';
import { StoriesView } from './stories/StoriesView';
import { useStoriesView } from './stories/use-stories-view';
import { CommandPalette } from './palette/CommandPalette';
import { PALETTE_KEYS, useAppCommands } from './palette/use-app-commands';
import { useCommandShortcuts } from './palette/use-command-shortcuts';
import { NoticesProvider, useNotices } from './state/notices';
import { MAX_COLUMNS, useReadingColumns } from './state/reading-columns';
import { useLibrary } from './state/use-library';
import { useReadingSettings } from './state/use-reading-settings';

export function App() {
  return (
    <NoticesProvider>
      <Window />
    </NoticesProvider>
  );
}

function Window() {
  const library = useLibrary();
  const columns = useReadingColumns();
  const reading = useReadingSettings();
  const { inform } = useNotices();
  const [libraryShown, setLibraryShown] = useState(true);
  const importer = useImport(library.refresh);
  const importFiles = useCallback((files: File[]) => void importer.importFiles(files), [importer.importFiles]);
  const importLink = useCallback((url: string) => void importer.importUrl(url), [importer.importUrl]);
  const dragging = useFileDrop(importFiles, importLink);
  const activeId = columns.ids[columns.active] ?? null;
  const compare = useCompareToggle(columns.ids);
  const notes = useNotesView(columns.open);
  const stories = useStoriesView(columns);
  // Four columns and the comparison pane do not fit beside the library on a laptop screen: opening
  // such a story hides the library (the header's "Show library" brings it back).
  const openStory = useCallback(
    (ids: readonly ArticleId[]) => {
      if (Math.min(ids.length, MAX_COLUMNS) >= 4 && window.innerWidth < 1680) setLibraryShown(false);
      stories.compareStory(ids);
    },
    [stories.compareStory],
  );

  // Columns restored from the last session may name articles deleted since.
  const { close: closeColumn, ids: openIds } = columns;
  useEffect(() => {
    if (library.status !== 'ready') return;
    const known = new Set(library.articles.map((a) => a.id));
    for (const id of openIds) if (!known.has(id)) closeColumn(id);
  }, [library.status, library.articles, openIds, closeColumn]);

  const openArticle = (id: ArticleId, { beside }: OpenIntent) => {
    notes.close();
    stories.close();
    if (!beside) return columns.open(id);
    if (!columns.openBeside(id)) {
      inform(`You can read up to ${MAX_COLUMNS} articles side by side. Close a column to open another beside them.`);
    }
  };

  const [paletteShown, setPaletteShown] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const togglePalette = useCallback(() => setPaletteShown((shown) => !shown), []);
  const appCommands = useAppCommands({
    columns,
    libraryShown,
    setLibraryShown,
    compare,
    settings: reading.settings,
    updateSettings: reading.update,
    openArticle,
    pickFiles: () => picker.current?.click(),
    togglePalette,
  });
  const closeNotes = notes.close;
  const commands = useMemo(() => [...appCommands, ...storyCommands(stories, closeNotes)], [appCommands, stories, closeNotes]);
  // While the palette is open, only its own shortcut (to close it) reaches the window.
  useCommandShortcuts(paletteShown ? [{ id: 'palette', group: 'Window', title: '', keys: PALETTE_KEYS, run: togglePalette }] : commands);

  return (
    <div className="app" data-library-hidden={!libraryShown || undefined}>
      <AppHeader
        library={library}
        libraryShown={libraryShown}
        onToggleLibrary={() => setLibraryShown((shown) => !shown)}
        onImportFiles={importFiles}
        settings={reading.settings}
        onSettingsChange={reading.update}
        extraActions={
          <>
            <StoriesToggle
              pressed={stories.tab !== null}
              onToggle={() => {
                notes.close();
                stories.toggle();
              }}
            />
            <NotesToggle
              pressed={notes.shown && stories.tab === null}
              onToggle={() => {
                stories.close();
                if (!notes.shown || stories.tab === null) notes.toggle();
              }}
            />
            <CompareToggle
              available={compare.available || stories.compareIds !== null}
              pressed={compare.shown || stories.compareIds !== null}
              onToggle={stories.compareIds ? stories.closeCompare : compare.toggle}
            />
          </>
        }
        pickerRef={picker}
      />
      <div className="app-body" data-columns={columns.ids.length}>
        {libraryShown ? (
          <LibraryPane library={library} openIds={columns.ids} activeId={activeId} onOpen={openArticle} />
        ) : null}
        {stories.tab ? (
          <StoriesView
            tab={stories.tab}
            onTab={stories.show}
            libraryVersion={library.version}
            onOpenArticle={(id) => openArticle(id, { beside: false })}
            onCompare={openStory}
          />
        ) : notes.shown ? (
          <NotesView
            articles={library.articles}
            libraryVersion={library.version}
            onOpenHighlight={notes.openHighlight}
            onOpenArticle={notes.openArticle}
          />
        ) : (
          <ReadingArea columns={columns} onMetadataSaved={library.refresh} />
        )}
        {compare.shown || stories.compareIds ? (
          <ComparisonPane
            ids={stories.compareIds ?? columns.ids}
            onClose={() => {
              stories.closeCompare();
              compare.close();
            }}
          />
        ) : null}
      </div>
      {importer.state.phase !== 'idle' ? (
        <ImportPanel
          state={importer.state}
          onOpen={openArticle}
          onCancel={() => void importer.cancel()}
          onResolve={(file, keep) => void importer.resolveNearDuplicate(file, keep)}
          onDismiss={importer.dismiss}
        />
      ) : null}
      <NoticeStack />
      {paletteShown ? <CommandPalette commands={commands} onClose={() => setPaletteShown(false)} /> : null}
      {dragging ? <DropOverlay /> : null}
    </div>
  );
}
