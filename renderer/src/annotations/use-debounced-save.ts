// Autosave for a text field: saves a moment after typing stops, and at once on flush (blur,
// close, unmount), never saving the same text twice.
import { useCallback, useEffect, useRef } from 'react';

export function useDebouncedSave(save: (value: string) => void, initial: string, delay = 600) {
  const pending = useRef<string | null>(null);
  const saved = useRef(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const value = pending.current;
    pending.current = null;
    if (value !== null && value !== saved.current) {
      saved.current = value;
      saveRef.current(value);
    }
  }, []);

  const change = useCallback(
    (value: string) => {
      pending.current = value;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    },
    [delay, flush],
  );

  useEffect(() => flush, [flush]);
  return { change, flush };
}
