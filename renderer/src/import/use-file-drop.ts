// Window-wide drop of files, or of a link dragged from a browser (`text/uri-list`). Also stops the
// browser (or Electron) from navigating to what was dropped, which would replace the app.
import { useEffect, useState } from 'react';

const types = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []);
const carriesFiles = (e: DragEvent) => types(e).includes('Files') || types(e).includes('text/uri-list');

/** The first http(s) link of a uri-list (lines starting with # are comments). */
export function firstWebLink(uriList: string): string | null {
  for (const line of uriList.split(/\r?\n/)) {
    const candidate = line.trim();
    if (!candidate || candidate.startsWith('#')) continue;
    try {
      const { protocol } = new URL(candidate);
      if (protocol === 'http:' || protocol === 'https:') return candidate;
    } catch {
      // not a URL; try the next line
    }
  }
  return null;
}

export function useFileDrop(onFiles: (files: File[]) => void, onLink?: (url: string) => void): boolean {
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; count them to know when we truly left.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length) return onFiles(files);
      const link = firstWebLink(e.dataTransfer?.getData('text/uri-list') ?? '');
      if (link) onLink?.(link);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onFiles, onLink]);

  return dragging;
}
