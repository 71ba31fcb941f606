// Every tag in the library with how many highlights and articles carry it: explicit highlight
// and article tags, and the `#tags` written in notes. One highlight or article counts once.
import type { Database } from 'better-sqlite3';
import type { TagCount } from '../../../shared/annotations';
import { extractHashtags } from '../../../shared/hashtags';
import { allNoteBodies } from './article-notes';

export function countTags(db: Database): TagCount[] {
  // Keyed by lower-cased tag, then by the thing tagged ("h12" or "a3"), so a highlight tagged
  // "Energy" whose note also says "#energy" counts once.
  const holders = new Map<string, { tag: string; of: Set<string> }>();
  const add = (tag: string, holder: string) => {
    const key = tag.toLowerCase();
    const entry = holders.get(key) ?? { tag, of: new Set<string>() };
    entry.of.add(holder);
    holders.set(key, entry);
  };
  for (const r of db.prepare('SELECT highlight_id, tag FROM annotation_tags').all() as { highlight_id: number; tag: string }[]) {
    add(r.tag, `h${r.highlight_id}`);
  }
  for (const r of db.prepare('SELECT article_id, tag FROM article_tags').all() as { article_id: number; tag: string }[]) {
    add(r.tag, `a${r.article_id}`);
  }
  for (const note of allNoteBodies(db)) {
    for (const tag of extractHashtags(note.body)) add(tag, note.highlightId === null ? `a${note.articleId}` : `h${note.highlightId}`);
  }
  return [...holders.values()]
    .map(({ tag, of }) => ({ tag, count: of.size }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, undefined, { sensitivity: 'base' }));
}
