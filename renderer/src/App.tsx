// The window: header, library pane, reading columns, and the window-wide layers (drop overlay,
// import report, messages). Owns the few pieces of state those parts share.
import { useCallback, useState } from 'react';
import type { ArticleId } from '../../shared/domain';
import { DropOverlay } from './import/DropOverlay';
import { ImportReport } from './import/ImportReport';
import { useFileDrop } from './import/use-file-drop';
import { useImport } from './import/use-import';
import { LibraryPane } from './library/LibraryPane';
import type { OpenIntent } from './library/row-navigation';
import { ReadingArea } from './reader/ReadingArea';
import { AppHeader } from './shell/AppHeader';
import { NoticeStack } from './shell/NoticeStack';
import { NoticesProvider, useNotices } from './state/notices';
import { MAX_COLUMNS, useReadingColumns } from './state/reading-columns';
import { useLibrary } from './state/use-library';

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
  const { inform } = useNotices();
  const [libraryShown, setLibraryShown] = useState(true);
  const importer = useImport(library.refresh);
  const importFiles = useCallback((files: File[]) => void importer.importFiles(files), [importer.importFiles]);
  const dragging = useFileDrop(importFiles);
  const activeId = columns.ids[columns.active] ?? null;

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
      </div>
      {importer.state.phase !== 'idle' ? (
        <ImportReport state={importer.state} onOpen={openArticle} onDismiss={importer.dismiss} />
      ) : null}
      <NoticeStack />
      {dragging ? <DropOverlay /> : null}
    </div>
  );
}
