// The messages between the comparison runner and its worker thread (structured-clone data only).
import type { ComparableArticle } from '../compare-doc';
import type { ComparisonPart } from '../comparison-parts';
import type { FrequencyTable } from '../library-frequencies';

export type CompareRequest =
  | { type: 'compare'; id: number; articles: ComparableArticle[]; frequencies?: FrequencyTable }
  | { type: 'cancel'; id: number };

export type CompareResponse =
  | { ready: true }
  | { id: number; part: ComparisonPart }
  | { id: number; done: true }
  | { id: number; error: { code: string; message: string } };
