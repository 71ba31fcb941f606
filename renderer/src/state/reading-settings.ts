// How the reader likes to read: theme, typeface, size, line width and leading. Pure: defaults,
// validation of what localStorage holds, and the values the stylesheet reads.
export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;
export type ThemeChoice = (typeof THEMES)[number];
export type Theme = Exclude<ThemeChoice, 'system'>;

export const LINE_WIDTHS = { narrow: '56ch', medium: '68ch', wide: '84ch' } as const;
export type LineWidth = keyof typeof LINE_WIDTHS;

export interface ReadingSettings {
  theme: ThemeChoice;
  font: 'serif' | 'sans';
  fontSize: number;
  lineWidth: LineWidth;
  lineHeight: number;
}

export const FONT_SIZE = { min: 14, max: 26 };
export const LINE_HEIGHT = { min: 1.3, max: 2.1 };

export const DEFAULT_SETTINGS: ReadingSettings = {
  theme: 'system',
  font: 'serif',
  fontSize: 18,
  lineWidth: 'medium',
  lineHeight: 1.6,
};

export const SETTINGS_KEY = 'parallax.reading-settings';

/** Whatever was stored, as valid settings: unknown or broken values fall back to defaults. */
export function parseSettings(stored: string | null): ReadingSettings {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = stored ? JSON.parse(stored) : {};
    if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
  } catch {
    // A damaged entry is ignored, not an error.
  }
  const d = DEFAULT_SETTINGS;
  return {
    theme: (THEMES as readonly unknown[]).includes(raw.theme) ? (raw.theme as ThemeChoice) : d.theme,
    font: raw.font === 'sans' || raw.font === 'serif' ? raw.font : d.font,
    fontSize: inRange(raw.fontSize, FONT_SIZE.min, FONT_SIZE.max) ?? d.fontSize,
    lineWidth: typeof raw.lineWidth === 'string' && raw.lineWidth in LINE_WIDTHS ? (raw.lineWidth as LineWidth) : d.lineWidth,
    lineHeight: inRange(raw.lineHeight, LINE_HEIGHT.min, LINE_HEIGHT.max) ?? d.lineHeight,
  };
}

export function resolveTheme(choice: ThemeChoice, prefersDark: boolean): Theme {
  if (choice !== 'system') return choice;
  return prefersDark ? 'dark' : 'light';
}

/** CSS custom properties the article stylesheet reads. */
export function readingVariables(s: ReadingSettings): Record<string, string> {
  return {
    '--reading-font-size': `${s.fontSize}px`,
    '--reading-line-height': String(s.lineHeight),
    '--reading-measure': LINE_WIDTHS[s.lineWidth],
    '--reading-family': s.font === 'sans' ? 'var(--font-ui)' : 'var(--font-reading)',
  };
}

function inRange(value: unknown, min: number, max: number): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : null;
}
