// Paints find matches with the CSS Custom Highlight API: every column registers its ranges under
// its own key, and the union is painted as two highlights (all matches, and each column's current
// one). Nothing in the article's DOM changes, so highlights and selections keep working.

const ALL = 'parallax-find';
const CURRENT = 'parallax-find-current';

const columns = new Map<string, { all: Range[]; current: Range | null }>();

function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

function paint(): void {
  if (!supported()) return;
  const all: Range[] = [];
  const current: Range[] = [];
  for (const c of columns.values()) {
    all.push(...c.all);
    if (c.current) current.push(c.current);
  }
  if (all.length) CSS.highlights.set(ALL, new Highlight(...all));
  else CSS.highlights.delete(ALL);
  if (current.length) {
    const h = new Highlight(...current);
    h.priority = 1;
    CSS.highlights.set(CURRENT, h);
  } else {
    CSS.highlights.delete(CURRENT);
  }
}

export function setColumnHighlights(key: string, all: Range[], current: Range | null): void {
  columns.set(key, { all, current });
  paint();
}

export function clearColumnHighlights(key: string): void {
  if (columns.delete(key)) paint();
}
