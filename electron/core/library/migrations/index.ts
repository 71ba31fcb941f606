// Every migration, in order. Append only: never edit or reorder a migration that has shipped.
import { createArticles } from './0001-create-articles';
import { addFullTextSearch } from './0002-add-full-text-search';
import { addAnnotations } from './0003-add-annotations';
import { addSearchVocabularyAndSavedSearches } from './0004-add-search-vocabulary-and-saved-searches';
import { addReadingProgress } from './0005-add-reading-progress';
import { addArticleTags } from './0006-add-article-tags';
import { addStories } from './0007-add-stories';
import { addArticleVersions } from './0008-add-article-versions';
import { addOutlets } from './0009-add-outlets';
import { addTitleSearchIndex } from './0010-add-title-search-index';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [
  createArticles,
  addFullTextSearch,
  addAnnotations,
  addSearchVocabularyAndSavedSearches,
  addReadingProgress,
  addArticleTags,
  addStories,
  addArticleVersions,
  addOutlets,
  addTitleSearchIndex,
];
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
