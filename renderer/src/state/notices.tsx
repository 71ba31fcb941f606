// Window-wide messages: failed calls (errors) and gentle explanations (info), each dismissible.
// One place so that a lost core shows one message, not one per failed request.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { describeError } from '../api/describe-error';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  message: string;
  /** One follow-up the message offers, such as "Undo". Running it dismisses the message. */
  action?: NoticeAction;
}

export interface NoticeAction {
  label: string;
  run: () => void;
}

interface NoticesApi {
  notices: readonly Notice[];
  reportError: (err: unknown) => void;
  inform: (message: string, action?: NoticeAction) => void;
  dismiss: (id: number) => void;
}

const NoticesContext = createContext<NoticesApi | null>(null);
let nextId = 1;

export function NoticesProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<readonly Notice[]>([]);

  const push = useCallback((kind: Notice['kind'], message: string, action?: NoticeAction) => {
    setNotices((current) =>
      !action && current.some((n) => n.kind === kind && n.message === message && !n.action)
        ? current
        : [...current, { id: nextId++, kind, message, action }].slice(-4),
    );
  }, []);

  // Actions keep one identity for the window's life, so hooks can depend on them freely.
  const actions = useMemo(
    () => ({
      reportError: (err: unknown) => push('error', describeError(err).message),
      inform: (message: string, action?: NoticeAction) => push('info', message, action),
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
