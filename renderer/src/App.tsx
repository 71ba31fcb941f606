// The window: header, library pane, reading columns, and the window-wide layers (drop overlay,
// import report, messages). Owns the few pieces of state those parts share.
import { useCallback, useEffect, useState } from 'react';
import type { ArticleId } from '../../shared/domain';
import { DropOverlay } from './import/DropOverlay';
import { ImportReport } from './import/ImportReport';
import { useFileDrop } from './import/use-file-drop';
import { useImport } from './import/use-import';
import { LibraryPane } from './library/LibraryPane';
import type { OpenIntent } from './library/row-navigation';
import { ReadingArea } from './reader/ReadingArea';
import { AppHeader } from './shell/AppHeader';
import { CompareToggle } from './compare/CompareToggle';
import { ComparisonPane } from './compare/ComparisonPane';
import { useCompareToggle } from './compare/use-compare-toggle';
import { NoticeStack } from './shell/NoticeStack';
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
  const dragging = useFileDrop(importFiles);
  const activeId = columns.ids[columns.active] ?? null;
  const compare = useCompareToggle(columns.ids);

  // Columns restored from the last session may name articles deleted since.
  const { close: closeColumn, ids: openIds } = columns;
  useEffect(() => {
    if (library.status !== 'ready') return;
    const known = new Set(library.articles.map((a) => a.id));
    for (const id of openIds) if (!known.has(id)) closeColumn(id);
  }, [library.status, library.articles, openIds, closeColumn]);

  const openArticle = (id: ArticleId, { beside }: OpenIntent) => {
    if (!beside) return columns.open(id);
    if (!columns.openBeside(id)) {
      inform(`You can read up to ${MAX_COLUMNS} articles side by side. Close a column to open another beside them.`);
    }
  };

  return (
    <div className="app" data-library-hidden={!libraryShown || undefined}>
      <AppHeader
        library={library}
        libraryShown={libraryShown}
        onToggleLibrary={() => setLibraryShown((shown) => !shown)}
        onImportFiles={importFiles}
        settings={reading.settings}
        onSettingsChange={reading.update}
        extraActions={<CompareToggle available={compare.available} pressed={compare.shown} onToggle={compare.toggle} />}
      />
      <div className="app-body" data-columns={columns.ids.length}>
        {libraryShown ? (
          <LibraryPane library={library} openIds={columns.ids} activeId={activeId} onOpen={openArticle} />
        ) : null}
        <ReadingArea
          ids={columns.ids}
          activeId={activeId}
          onActivate={columns.activate}
          onClose={columns.close}
          onMetadataSaved={library.refresh}
        />
        {compare.shown ? <ComparisonPane ids={columns.ids} onClose={compare.close} /> : null}
      </div>
      {importer.state.phase !== 'idle' ? (
        <ImportReport state={importer.state} onOpen={openArticle} onDismiss={importer.dismiss} />
      ) : null}
      <NoticeStack />
      {dragging ? <DropOverlay /> : null}
    </div>
  );
}
