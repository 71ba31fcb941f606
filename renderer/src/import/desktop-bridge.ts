// The Electron preload's two import functions, when the app runs in Electron: dropped files go
// to main as paths, and main tells the window about imports it started (File > Import…).
import { PRELOAD_GLOBAL } from '../../../shared/api-methods';
import type { Result } from '../../../shared/errors';

export interface DesktopImportBridge {
  importDroppedFiles(files: readonly File[]): Promise<Result<{ jobId: string }>>;
  onImportStarted(listener: (message: { jobId: string }) => void): () => void;
}

export function findDesktopImportBridge(): DesktopImportBridge | null {
  const candidate = (window as unknown as Record<string, unknown>)[PRELOAD_GLOBAL] as Partial<DesktopImportBridge> | undefined;
  if (!candidate || typeof candidate.importDroppedFiles !== 'function' || typeof candidate.onImportStarted !== 'function') return null;
  return candidate as DesktopImportBridge;
}
