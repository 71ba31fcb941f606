// Every migration, in order. Append only: never edit or reorder a migration that has shipped.
import { createArticles } from './0001-create-articles';
import { addFullTextSearch } from './0002-add-full-text-search';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [createArticles, addFullTextSearch];
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
