// The import's question for versions: is this file an earlier text of an article (a duplicate), or
// a changed version of one (stored as its new version)? Runs inside the import's transaction,
// after exact duplicates are ruled out and before near-duplicates are looked for.
import type { Database } from 'better-sqlite3';
import type { ImportItem } from '../../../shared/domain';
import { blocksToText } from '../../../shared/text';
import type { ExtractedArticle, SourceFile } from '../import/types';
import { getArticle } from '../library/articles';
import { findPreviousVersion } from './find-previous-version';
import { storeNewVersion } from './store-new-version';
import { articleWithEarlierVersion } from './version-store';

export interface VersionCandidate {
  label: string;
  source: SourceFile;
  extracted: ExtractedArticle;
  contentHash: string;
  originalHash: string;
}

export function importAsVersion(db: Database, c: VersionCandidate): ImportItem | null {
  const earlier = articleWithEarlierVersion(db, c.originalHash, c.contentHash);
  if (earlier !== null) {
    return { file: c.label, status: 'duplicate', id: earlier, title: getArticle(db, earlier).title, reason: `an earlier version of article ${earlier}, already kept` };
  }
  const m = c.extracted.metadata;
  const body = blocksToText(c.extracted.blocks);
  const previous = findPreviousVersion(db, { url: m.url, outlet: m.outlet, title: m.title, sourceFormat: c.extracted.format, body });
  if (!previous) return null;
  const stored = storeNewVersion(db, previous.id, {
    title: m.title,
    subtitle: c.extracted.subtitle,
    authors: m.authors,
    outlet: m.outlet,
    publishedAt: m.publishedAt,
    url: m.url,
    language: m.language,
    blocks: c.extracted.blocks,
    contentHash: c.contentHash,
    sourceName: c.source.name,
    sourceFormat: c.extracted.format,
    original: c.source.bytes,
    originalHash: c.originalHash,
  });
  return {
    file: c.label,
    status: 'imported',
    id: previous.id,
    title: getArticle(db, previous.id).title,
    reason: `a changed version of article ${previous.id}: kept as version ${stored.version}, the earlier text kept too`,
  };
}
