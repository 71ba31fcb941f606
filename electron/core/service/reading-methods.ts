// The reading-progress methods of the ReaderApi: how far an article has been read, and its
// status set by hand.
import type { ReaderApi } from '../../../shared/api';
import type { Library } from '../library/library';
import { recordReadingPosition, setReadingStatus } from '../reading/reading-progress';

type ReadingMethods = Pick<ReaderApi, 'setReadingProgress' | 'setReadingStatus'>;

export function createReadingMethods(library: Library): ReadingMethods {
  const { db } = library;
  return {
    async setReadingProgress({ id, fraction }) {
      return recordReadingPosition(db, id, fraction);
    },
    async setReadingStatus({ id, status }) {
      return setReadingStatus(db, id, status);
    },
  };
}
