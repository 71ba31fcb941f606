// Reads W3C Web Annotations (one, an array, an AnnotationPage or an AnnotationCollection with
// its first page) into what Parallax stores: a highlight (text selectors, colour, note, tags) or
// an article-level note and tags. Pure; anything it cannot read is counted, never thrown.
import { HIGHLIGHT_COLORS, type HighlightColor, type TextPositionSelector, type TextQuoteSelector } from '../../../../shared/annotations';
import { EXT, contentHashOfSource } from './vocabulary';

export interface ArticleReference {
  source: string | null;
  contentHash: string | null;
  title: string | null;
}

export interface ReadAnnotation {
  article: ArticleReference;
  /** Null for an annotation on the whole article. */
  quote: TextQuoteSelector | null;
  position: TextPositionSelector | null;
  color: HighlightColor;
  note: string | null;
  tags: string[];
  created: string | null;
  modified: string | null;
}

type Json = Record<string, unknown>;

export function readWebAnnotations(document: unknown): { annotations: ReadAnnotation[]; invalid: number } {
  const annotations: ReadAnnotation[] = [];
  let invalid = 0;
  for (const item of itemsOf(document)) {
    const read = readAnnotation(item);
    if (read) annotations.push(read);
    else invalid++;
  }
  return { annotations, invalid };
}

function itemsOf(doc: unknown): unknown[] {
  if (Array.isArray(doc)) return doc.flatMap((d) => (isObject(d) && hasType(d, 'Annotation') ? [d] : itemsOf(d)));
  if (!isObject(doc)) return [doc];
  if (hasType(doc, 'Annotation')) return [doc];
  if (Array.isArray(doc.items)) return doc.items;
  if (isObject(doc.first)) return itemsOf(doc.first);
  return [doc];
}

function readAnnotation(item: unknown): ReadAnnotation | null {
  if (!isObject(item) || !hasType(item, 'Annotation')) return null;
  const target = first(item.target);
  const article = readTarget(target);
  if (!article) return null;
  const selectors = isObject(target) ? list(target.selector) : [];
  const quote = readQuote(selectors.find((s) => isObject(s) && s.type === 'TextQuoteSelector'));
  const position = readPosition(selectors.find((s) => isObject(s) && s.type === 'TextPositionSelector'));
  if (selectors.length && !quote) return null; // a selector Parallax cannot place in text

  const bodies = list(item.body).filter(isObject);
  const valueOf = (b: Json) => (typeof b.value === 'string' ? b.value : null);
  const colorBody = bodies.find((b) => b.purpose === 'highlighting' && isColor(valueOf(b)));
  const color = (colorBody && valueOf(colorBody)) ?? (isColor(item[EXT.color]) ? item[EXT.color] : 'yellow');
  const tags = bodies.filter((b) => b.purpose === 'tagging').flatMap((b) => valueOf(b)?.trim() || []);
  const notes = bodies.filter((b) => (b.purpose === 'commenting' || (!b.purpose && b.type === 'TextualBody')) && valueOf(b)?.trim()).map((b) => valueOf(b)!);
  if (typeof item.bodyValue === 'string' && item.bodyValue.trim()) notes.push(item.bodyValue);
  return {
    article,
    quote,
    position,
    color: color as HighlightColor,
    note: notes.length ? notes.join('\n\n') : null,
    tags,
    created: typeof item.created === 'string' ? item.created : null,
    modified: typeof item.modified === 'string' ? item.modified : null,
  };
}

function readTarget(target: unknown): ArticleReference | null {
  if (typeof target === 'string' && target) return { source: target, contentHash: contentHashOfSource(target), title: null };
  if (!isObject(target)) return null;
  const source = typeof target.source === 'string' ? target.source : typeof target.id === 'string' ? target.id : null;
  const hash = typeof target[EXT.contentHash] === 'string' ? (target[EXT.contentHash] as string) : source ? contentHashOfSource(source) : null;
  const title = typeof target[EXT.title] === 'string' ? (target[EXT.title] as string) : null;
  return source || hash || title ? { source, contentHash: hash, title } : null;
}

function readQuote(s: unknown): TextQuoteSelector | null {
  if (!isObject(s) || typeof s.exact !== 'string' || !s.exact.trim()) return null;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return { type: 'TextQuoteSelector', exact: s.exact, prefix: str(s.prefix), suffix: str(s.suffix) };
}

function readPosition(s: unknown): TextPositionSelector | null {
  if (!isObject(s)) return null;
  const { start, end } = s;
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) <= (start as number)) return null;
  return { type: 'TextPositionSelector', start: start as number, end: end as number };
}

function isColor(v: unknown): v is HighlightColor {
  return typeof v === 'string' && (HIGHLIGHT_COLORS as readonly string[]).includes(v);
}

function hasType(o: Json, type: string): boolean {
  return o.type === type || (Array.isArray(o.type) && o.type.includes(type));
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}
