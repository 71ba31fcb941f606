// The annotation methods of the ReaderApi: highlights and notes of articles, saved at once.
import type { ReaderApi } from '../../../shared/api';
import { getArticle } from '../library/articles';
import type { Library } from '../library/library';
import {
  articleText,
  createHighlight,
  deleteHighlight,
  listArticleAnnotations,
  overviewAnnotations,
  reanchorHighlight,
  updateHighlight,
} from '../annotations/article-annotations';
import { findStoryNotes, notesElsewhere } from '../annotations/story-notes';
import { updateStoryIndex } from '../stories/story-index';
import { saveArticleNote } from '../annotations/article-notes';
import { exportAnnotationsMarkdown } from '../annotations/export-markdown';
import { getArticleTags, setArticleTags } from '../annotations/article-tags';
import { articleTags } from '../annotations/highlights';
import { countTags } from '../annotations/tag-counts';
import { exportWebAnnotations } from '../annotations/web-annotations/export-web-annotations';
import { importWebAnnotations } from '../annotations/web-annotations/import-web-annotations';
import { mergeTags } from '../../../shared/hashtags';

type AnnotationMethods = Pick<
  ReaderApi,
  | 'listAnnotations'
  | 'createHighlight'
  | 'updateHighlight'
  | 'deleteHighlight'
  | 'reanchorHighlight'
  | 'listStoryNotes'
  | 'saveArticleNote'
  | 'listAllAnnotations'
  | 'exportAnnotations'
  | 'listTags'
  | 'setArticleTags'
  | 'exportAnnotationsJsonLd'
  | 'importAnnotationsJsonLd'
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
    async reanchorHighlight(input) {
      return reanchorHighlight(db, input);
    },
    async listStoryNotes({ articleId }) {
      getArticle(db, articleId); // NOT_FOUND for an article that is gone
      if (!notesElsewhere(db, articleId)) return [];
      updateStoryIndex(db); // as the stories API does: cheap when nothing changed
      return findStoryNotes(db, articleId);
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
      const tags = mergeTags(getArticleTags(db, articleId), articleTags(db, articleId));
      return exportAnnotationsMarkdown(article, listArticleAnnotations(db, articleId), tags, articleText(db, articleId));
    },
    async listTags() {
      return countTags(db);
    },
    async setArticleTags({ articleId, tags }) {
      return db.transaction(() => {
        getArticle(db, articleId); // NOT_FOUND for an article that is gone
        return { articleId, tags: setArticleTags(db, articleId, tags) };
      })();
    },
    async exportAnnotationsJsonLd({ articleId }) {
      if (articleId !== undefined) getArticle(db, articleId);
      return exportWebAnnotations(db, { articleId });
    },
    async importAnnotationsJsonLd({ json }) {
      return importWebAnnotations(db, json);
    },
  };
}
