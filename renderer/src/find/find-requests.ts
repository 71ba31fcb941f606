// "Open this hit at its match": the library asks, the article's column answers. A tiny store
// keyed by article id, so a request made just before the column mounts is still there for it.
import { useSyncExternalStore } from 'react';
import type { ArticleId } from '../../../shared/domain';
import type { Correction } from './find-terms';

export interface FindRequest {
  query: string;
  corrections: readonly Correction[];
  /** Distinguishes two requests with the same query (the hit was clicked again). */
  seq: number;
}

const requests = new Map<ArticleId, FindRequest>();
const listeners = new Set<() => void>();
let seq = 0;

export function requestFind(id: ArticleId, query: string, corrections: readonly Correction[] = []): void {
  requests.set(id, { query, corrections, seq: ++seq });
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useFindRequest(id: ArticleId): FindRequest | null {
  return useSyncExternalStore(subscribe, () => requests.get(id) ?? null);
}

/** The column took the request: forget it, so reopening the article later starts plain. */
export function consumeFindRequest(id: ArticleId, done: number): void {
  if (requests.get(id)?.seq !== done) return;
  requests.delete(id);
  for (const l of listeners) l();
}
