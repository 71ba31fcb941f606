// What the palette lists: a command is a named action with its group, its shortcut (if any)
// and whether it can run right now. The window builds the list; the palette only shows it.
import type { Shortcut } from './shortcuts';

export interface Command {
  id: string;
  title: string;
  group: 'Columns' | 'Library' | 'View' | 'Reading' | 'Window';
  /** Keys that run it; the first is shown. */
  keys?: readonly Shortcut[];
  /**
   * False when the keys are handled where focus is (a library row) rather than by the window:
   * the palette still shows them.
   */
  global?: boolean;
  /** Commands that cannot run now are hidden from the list and ignore their keys. */
  available?: boolean;
  run: () => void;
}

export const isAvailable = (c: Command) => c.available !== false;
