// Hands the one client to components; tests can provide a fake ReaderApi instead.
import { createContext, useContext } from 'react';
import type { ReaderApi } from '../../../shared/api';

export const ApiContext = createContext<ReaderApi | null>(null);

export function useApi(): ReaderApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() needs an <ApiContext.Provider> above it.');
  return api;
}
