// Keyboard shortcuts as data: which keys a command answers to, whether a key event matches, and
// how to write the keys in a hint. Pure (no DOM typings) so Node tests can import it.

/** `mod` is Ctrl on Windows/Linux and ⌘ on a Mac; `key` is KeyboardEvent.key, case-insensitive. */
export interface Shortcut {
  key: string;
  mod?: boolean;
  alt?: boolean;
  shift?: boolean;
}

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export function matchesShortcut(e: KeyLike, s: Shortcut, mac: boolean): boolean {
  const mod = mac ? e.metaKey : e.ctrlKey;
  const otherMod = mac ? e.ctrlKey : e.metaKey;
  if (mod !== Boolean(s.mod) || otherMod) return false;
  if (e.altKey !== Boolean(s.alt)) return false;
  // Shift only counts for keys whose character it does not already change ("[" vs "{").
  if (s.key.length > 1 || /[a-z0-9]/i.test(s.key)) {
    if (e.shiftKey !== Boolean(s.shift)) return false;
  }
  return e.key.toLowerCase() === s.key.toLowerCase();
}

const KEY_NAMES: Record<string, string> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Enter: 'Enter',
  Escape: 'Esc',
};

/** The keys as a person presses them, one label per key: ["Ctrl", "Alt", "→"]. */
export function shortcutKeys(s: Shortcut, mac: boolean): string[] {
  const keys: string[] = [];
  if (s.mod) keys.push(mac ? '⌘' : 'Ctrl');
  if (s.alt) keys.push(mac ? '⌥' : 'Alt');
  if (s.shift) keys.push(mac ? '⇧' : 'Shift');
  keys.push(KEY_NAMES[s.key] ?? (s.key.length === 1 ? s.key.toUpperCase() : s.key));
  return keys;
}

/** The value of an `aria-keyshortcuts` attribute for the shortcut. */
export function ariaKeyShortcut(s: Shortcut, mac: boolean): string {
  const parts: string[] = [];
  if (s.mod) parts.push(mac ? 'Meta' : 'Control');
  if (s.alt) parts.push('Alt');
  if (s.shift) parts.push('Shift');
  parts.push(s.key.length === 1 ? s.key.toUpperCase() : s.key);
  return parts.join('+');
}

/** Keys typed into a text field belong to the field, unless they carry Ctrl/⌘ or Alt. */
export function isPlainTyping(e: KeyLike, targetIsEditable: boolean): boolean {
  return targetIsEditable && !e.ctrlKey && !e.metaKey && !e.altKey;
}
