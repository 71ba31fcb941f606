// The outlets part of the ReaderApi: outlets with their facts and labels, the person's label
// schemes, story coverage by a label, and the private reading balance. Each call first links
// articles added or edited since (cheap when nothing changed).
import type { ReaderApi } from '../../../shared/api';
import type { Library } from '../library/library';
import { syncArticleOutlets } from '../outlets/article-outlets';
import { deleteScheme, listSchemes, saveScheme, setOutletLabel } from '../outlets/label-schemes';
import { getOutlet, listOutlets, updateOutlet } from '../outlets/outlet-store';
import { readingBalance } from '../outlets/reading-balance';
import { storyCoverage } from '../outlets/story-coverage';
import { updateStoryIndex } from '../stories/story-index';

type OutletMethods = Pick<
  ReaderApi,
  'listOutlets' | 'updateOutlet' | 'saveLabelScheme' | 'deleteLabelScheme' | 'setOutletLabel' | 'storyCoverage' | 'readingBalance'
>;

export function createOutletMethods(library: Library): OutletMethods {
  const { db } = library;
  const fresh = () => void syncArticleOutlets(db);
  return {
    async listOutlets() {
      fresh();
      return { outlets: listOutlets(db), schemes: listSchemes(db) };
    },
    async updateOutlet({ id, patch }) {
      fresh();
      return updateOutlet(db, id, patch);
    },
    async saveLabelScheme(input) {
      return saveScheme(db, input);
    },
    async deleteLabelScheme({ id }) {
      deleteScheme(db, id);
      return { deleted: id };
    },
    async setOutletLabel({ outletId, schemeId, value }) {
      setOutletLabel(db, outletId, schemeId, value);
      return getOutlet(db, outletId);
    },
    async storyCoverage({ schemeId }) {
      fresh();
      updateStoryIndex(db);
      return storyCoverage(db, schemeId);
    },
    async readingBalance({ period, schemeId }) {
      fresh();
      return readingBalance(db, period, schemeId);
    },
  };
}
