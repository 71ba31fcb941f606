// Requests to one article's column from elsewhere in the window (the command palette): re-clean
// the article from its original, or show how its highlights anchor. The column answers.
import { useSyncExternalStore } from 'react';
import type { ArticleId } from '../../../shared/domain';

export type ColumnRequestKind = 'reclean' | 'anchoring';

export interface ColumnRequest {
  kind: ColumnRequestKind;
  /** Distinguishes two requests of the same kind. */
  seq: number;
}

const requests = new Map<ArticleId, ColumnRequest>();
const listeners = new Set<() => void>();
let seq = 0;

export function requestColumn(id: ArticleId, kind: ColumnRequestKind): void {
  requests.set(id, { kind, seq: ++seq });
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useColumnRequest(id: ArticleId): ColumnRequest | null {
  return useSyncExternalStore(subscribe, () => requests.get(id) ?? null);
}

export function consumeColumnRequest(id: ArticleId, done: number): void {
  if (requests.get(id)?.seq !== done) return;
  requests.delete(id);
  for (const l of listeners) l();
}
