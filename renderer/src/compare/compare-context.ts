// What every section of the comparison pane needs: the sources' chips and a way to take the
// reader to a finding's passages in the columns.
import { createContext, useContext } from 'react';
import type { Passage } from '../../../shared/comparison';
import type { Source, SourceLookup } from './compared-sources';

export interface CompareContextValue {
  sources: readonly Source[];
  source: SourceLookup;
  /** Scrolls the involved columns to these passages and paints them for a few seconds. */
  focus: (passages: readonly Passage[]) => void;
}

export const CompareContext = createContext<CompareContextValue | null>(null);

export function useCompare(): CompareContextValue {
  const value = useContext(CompareContext);
  if (!value) throw new Error('useCompare() needs a <CompareContext.Provider> above it.');
  return value;
}
