// The annotation methods of the ReaderApi: highlights and notes of articles, saved at once.
import type { ReaderApi } from '../../../shared/api';
import { getArticle } from '../library/articles';
import type { Library } from '../library/library';
import {
  createHighlight,
  deleteHighlight,
  listArticleAnnotations,
  overviewAnnotations,
  updateHighlight,
} from '../annotations/article-annotations';
import { saveArticleNote } from '../annotations/article-notes';
import { exportAnnotationsMarkdown } from '../annotations/export-markdown';
import { articleTags } from '../annotations/highlights';

type AnnotationMethods = Pick<
  ReaderApi,
  | 'listAnnotations'
  | 'createHighlight'
  | 'updateHighlight'
  | 'deleteHighlight'
  | 'saveArticleNote'
  | 'listAllAnnotations'
  | 'exportAnnotations'
>;

export function createAnnotationMethods(library: Library): AnnotationMethods {
  const { db } = library;
  return {
    async listAnnotations({ articleId }) {
      return listArticleAnnotations(db, articleId);
    },
    async createHighlight(input) {
      return createHighlight(db, input);
    },
    async updateHighlight(input) {
      return updateHighlight(db, input);
    },
    async deleteHighlight({ id }) {
      return deleteHighlight(db, id);
    },
    async saveArticleNote({ articleId, body }) {
      return db.transaction(() => {
        getArticle(db, articleId); // NOT_FOUND for an article that is gone
        return saveArticleNote(db, articleId, body);
      })();
    },
    async listAllAnnotations(filter) {
      return overviewAnnotations(db, filter);
    },
    async exportAnnotations({ articleId }) {
      const article = getArticle(db, articleId);
      return exportAnnotationsMarkdown(article, listArticleAnnotations(db, articleId), articleTags(db, articleId));
    },
  };
}
