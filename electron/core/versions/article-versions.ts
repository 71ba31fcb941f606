// Reading an article's versions for the API: the list (oldest first, the current one last) and
// the difference between any two of them.
import type { Database } from 'better-sqlite3';
import type { Block } from '../../../shared/domain';
import { ParallaxError } from '../../../shared/errors';
import type { ArticleVersions, VersionDiff } from '../../../shared/versions';
import { getArticle } from '../library/articles';
import { diffParagraphs } from './text-diff';
import { currentVersionImportedAt, earlierVersions } from './version-store';

export function articleVersions(db: Database, id: number): ArticleVersions {
  const article = getArticle(db, id);
  const earlier = earlierVersions(db, id);
  const current = earlier.length + 1;
  return {
    id,
    current,
    versions: [
      ...earlier.map((v) => ({ version: v.version, current: false, title: v.title, wordCount: v.wordCount, sourceName: v.sourceName, importedAt: v.importedAt })),
      {
        version: current,
        current: true,
        title: article.title,
        wordCount: article.wordCount,
        sourceName: article.sourceName,
        importedAt: currentVersionImportedAt(db, id) ?? article.importedAt,
      },
    ],
  };
}

/** `from` defaults to the version before `to`; `to` to the current version. */
export function versionDiff(db: Database, id: number, from?: number, to?: number): VersionDiff {
  const article = getArticle(db, id);
  const earlier = earlierVersions(db, id);
  const current = earlier.length + 1;
  const target = to ?? current;
  const source = from ?? Math.max(1, target - 1);
  const blocksOf = (version: number): Block[] => {
    if (version === current) return article.blocks;
    const v = earlier.find((e) => e.version === version);
    if (!v) throw new ParallaxError('NOT_FOUND', `Article ${id} has no version ${version} (it has ${current === 1 ? 'one version' : `versions 1–${current}`}).`);
    return v.blocks;
  };
  const texts = (version: number) => blocksOf(version).map((b) => b.text);
  return { id, from: source, to: target, ...diffParagraphs(texts(source), texts(target)) };
}
