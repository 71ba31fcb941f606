// How the window names the modifier key in hints: ⌘ on a Mac, Ctrl elsewhere.
export const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

export const MOD_KEY = isMac ? '⌘' : 'Ctrl';
