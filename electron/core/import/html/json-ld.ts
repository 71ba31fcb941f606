// Reads the article description a page embeds as JSON-LD (schema.org NewsArticle and kin). Pages put
// it in arrays, @graph wrappers, or several scripts; malformed JSON is simply ignored.
import type { DomDocument } from './dom-node';

export interface JsonLdArticle {
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  publisher: string | null;
  description: string | null;
  url: string | null;
  language: string | null;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|ScholarlyArticle|Report)$/;
const MAX_JSON = 1_000_000;

type Json = Record<string, unknown>;

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

function names(v: unknown): string[] {
  const list = Array.isArray(v) ? v : [v];
  return list
    .map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' ? str((a as Json).name) : null))
    .filter((n): n is string => !!n && !/^https?:/i.test(n));
}

function isArticle(node: Json): boolean {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x));
}

function collect(value: unknown, out: Json[]): void {
  if (Array.isArray(value)) value.forEach((v) => collect(v, out));
  else if (value && typeof value === 'object') {
    out.push(value as Json);
    if (Array.isArray((value as Json)['@graph'])) collect((value as Json)['@graph'], out);
  }
}

export function readJsonLdArticle(document: DomDocument): JsonLdArticle | null {
  const nodes: Json[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON) continue;
    try {
      collect(JSON.parse(text), nodes);
    } catch {
      // a broken block of JSON-LD is common and harmless
    }
  }
  const a = nodes.find(isArticle);
  if (!a) return null;
  const publisher = a.publisher as Json | undefined;
  return {
    headline: str(a.headline) ?? str(a.name),
    authors: names(a.author),
    datePublished: str(a.datePublished) ?? str(a.dateCreated),
    publisher: publisher && typeof publisher === 'object' ? str(publisher.name) : null,
    description: str(a.description),
    url: str(a.url) ?? str(a.mainEntityOfPage),
    language: str(a.inLanguage),
  };
}
