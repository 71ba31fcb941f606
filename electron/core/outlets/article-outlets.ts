// Which outlet each article comes from: found by the outlet name it shows (or once showed), then by
// the web domain of its URL, or created from those (name, domain, language: only what the article shows). Articles
// whose outlet or URL changed since they were linked are linked again.
import type { Database } from 'better-sqlite3';
import { statement } from '../library/statements';
import { addAlias, addDomain, createOutlet, fillLanguage, outletIdByAlias, outletIdByDomain } from './outlet-store';

interface ArticleSource {
  id: number;
  outlet: string | null;
  url: string | null;
  language: string | null;
  updated_at: string;
}

/** The web domain of a URL without a leading "www.", or null. */
export function domainOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    if (!/^https?:$/.test(protocol) || !hostname.includes('.')) return null;
    return hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** The outlet an article shows (by name, then domain), created when new; null when it shows none. */
export function outletOfArticle(db: Database, a: Pick<ArticleSource, 'outlet' | 'url' | 'language'>): number | null {
  const domain = domainOf(a.url);
  const name = a.outlet?.trim() || null;
  if (!name && !domain) return null;
  let id = (name && outletIdByAlias(db, name)) || (domain && outletIdByDomain(db, domain)) || null;
  if (id === null) {
    id = (!name && domain && outletIdByAlias(db, domain)) || createOutlet(db, name ?? domain!);
  }
  if (name) addAlias(db, name, id);
  if (domain) addDomain(db, domain, id);
  if (a.language) fillLanguage(db, id, a.language);
  return id;
}

/** Links one article (on import): same as the sync, for one id. */
export function linkArticleOutlet(db: Database, articleId: number): void {
  const a = statement(db, 'SELECT id, outlet, url, language, updated_at FROM articles WHERE id = ?').get(articleId) as ArticleSource | undefined;
  if (a) link(db, a);
}

/** Links every article not linked yet, or changed since; cheap when nothing changed. */
export function syncArticleOutlets(db: Database): number {
  const stale = db
    .prepare(
      `SELECT a.id, a.outlet, a.url, a.language, a.updated_at FROM articles a
       LEFT JOIN article_outlets l ON l.article_id = a.id
       WHERE l.article_id IS NULL OR l.article_updated_at <> a.updated_at`,
    )
    .all() as ArticleSource[];
  if (stale.length) db.transaction(() => stale.forEach((a) => link(db, a)))();
  return stale.length;
}

function link(db: Database, a: ArticleSource): void {
  statement(
    db,
    `INSERT INTO article_outlets (article_id, outlet_id, article_updated_at) VALUES (?, ?, ?)
     ON CONFLICT(article_id) DO UPDATE SET outlet_id = excluded.outlet_id, article_updated_at = excluded.article_updated_at`,
  ).run(a.id, outletOfArticle(db, a), a.updated_at);
}
