// The messages between the extraction pool and its worker threads (structured-clone data only).
import type { ExtractedArticle } from '../types';

export interface ExtractRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
}

export type ExtractResponse =
  | { ready: true }
  | { id: number; ok: true; article: ExtractedArticle }
  | { id: number; ok: false; error: { code: string; message: string } };
