// Window-wide messages: failed calls (errors) and gentle explanations (info), each dismissible.
// One place so that a lost core shows one message, not one per failed request.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { describeError } from '../api/describe-error';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  message: string;
}

interface NoticesApi {
  notices: readonly Notice[];
  reportError: (err: unknown) => void;
  inform: (message: string) => void;
  dismiss: (id: number) => void;
}

const NoticesContext = createContext<NoticesApi | null>(null);
let nextId = 1;

export function NoticesProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<readonly Notice[]>([]);

  const push = useCallback((kind: Notice['kind'], message: string) => {
    setNotices((current) =>
      current.some((n) => n.kind === kind && n.message === message)
        ? current
        : [...current, { id: nextId++, kind, message }].slice(-4),
    );
  }, []);

  // Actions keep one identity for the window's life, so hooks can depend on them freely.
  const actions = useMemo(
    () => ({
      reportError: (err: unknown) => push('error', describeError(err).message),
      inform: (message: string) => push('info', message),
      dismiss: (id: number) => setNotices((current) => current.filter((n) => n.id !== id)),
    }),
    [push],
  );
  const value = useMemo<NoticesApi>(() => ({ notices, ...actions }), [notices, actions]);
  return <NoticesContext.Provider value={value}>{children}</NoticesContext.Provider>;
}

export function useNotices(): NoticesApi {
  const value = useContext(NoticesContext);
  if (!value) throw new Error('useNotices() needs a <NoticesProvider> above it.');
  return value;
}
