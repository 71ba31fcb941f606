// Collects article metadata from a page's head before Readability rewrites it: Open Graph, article:*,
// citation_* and plain meta tags, JSON-LD, the canonical link and <html lang>. First good source wins.
import type { ArticleMetadata } from '../../../../shared/domain';
import { normalizeDateString } from '../find-date';
import { attr, type DomDocument } from './dom-node';
import { readJsonLdArticle } from './json-ld';

export interface HtmlMetadata extends ArticleMetadata {
  subtitle: string | null;
}

function readMetaTags(document: DomDocument): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const meta of document.querySelectorAll('meta')) {
    const key = (attr(meta, 'property') ?? attr(meta, 'name') ?? attr(meta, 'http-equiv') ?? '').toLowerCase();
    const content = attr(meta, 'content')?.trim();
    if (key && content) tags.set(key, [...(tags.get(key) ?? []), content]);
  }
  return tags;
}

function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function primaryLanguage(tag: string | null | undefined): string | null {
  const m = /^([a-z]{2,3})(?:[-_]|$)/i.exec(tag?.trim() ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

function splitAuthors(values: string[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    if (/^https?:/i.test(v)) continue; // article:author is often a profile URL
    for (const name of v.split(/\s*[,;]\s*|\s+and\s+/)) if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

export function readHtmlMetadata(document: DomDocument): HtmlMetadata {
  const meta = readMetaTags(document);
  const first = (...keys: string[]) => keys.map((k) => meta.get(k)?.[0]).find((v) => !!v) ?? null;
  const ld = readJsonLdArticle(document);
  let canonical: string | null = null;
  for (const link of document.querySelectorAll('link[rel="canonical"]')) canonical ??= httpUrl(attr(link, 'href'));
  const url = canonical ?? httpUrl(first('og:url')) ?? httpUrl(ld?.url);

  const metaAuthors = splitAuthors([...(meta.get('author') ?? []), ...(meta.get('article:author') ?? []), ...(meta.get('citation_author') ?? [])]);
  const outlet = first('og:site_name', 'citation_journal_title', 'application-name') ?? ld?.publisher ?? domainOf(url);
  return {
    title: first('og:title', 'citation_title', 'twitter:title') ?? ld?.headline ?? titleWithoutOutlet(document.title, outlet),
    authors: ld && ld.authors.length > 0 ? ld.authors : metaAuthors,
    outlet,
    publishedAt: normalizeDateString(first('article:published_time', 'citation_publication_date', 'citation_date', 'date', 'dc.date', 'pubdate') ?? ld?.datePublished),
    url,
    language: primaryLanguage(attr(document.documentElement, 'lang')) ?? primaryLanguage(first('content-language', 'og:locale')) ?? primaryLanguage(ld?.language),
    subtitle: first('og:description', 'description', 'twitter:description') ?? ld?.description ?? null,
  };
}

function domainOf(url: string | null): string | null {
  return url ? new URL(url).hostname.replace(/^www\./, '') : null;
}

function titleWithoutOutlet(title: string, outlet: string | null): string | null {
  const t = title.trim();
  if (!t) return null;
  const parts = t.split(/\s+[|–—-]\s+/);
  if (parts.length > 1 && outlet && parts[parts.length - 1]!.toLowerCase() === outlet.toLowerCase()) return parts.slice(0, -1).join(' - ');
  return t;
}
