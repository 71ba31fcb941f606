// A schema migration: one numbered, append-only step, run in a transaction that sets user_version.
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
