// The stories part of the ReaderApi: related coverage, stories and a person's corrections to them.
// Imports place their articles in stories in the background (stories/story-updates.ts); each call
// first catches up with whatever is still waiting (cheap when nothing changed, never a full rebuild).
import type { ReaderApi } from '../../../shared/api';
import type { Library } from '../library/library';
import { relatedArticles } from '../stories/related-articles';
import { mergeStories, moveArticle, pinStory, splitStory } from '../stories/story-edits';
import { updateStoryIndex } from '../stories/story-index';
import { getStory, listStories } from '../stories/story-read';

type StoryMethods = Pick<ReaderApi, 'relatedArticles' | 'listStories' | 'getStory' | 'mergeStories' | 'splitStory' | 'moveArticle' | 'pinStory'>;

export function createStoryMethods(library: Library): StoryMethods {
  const { db } = library;
  const fresh = () => updateStoryIndex(db);
  return {
    async relatedArticles({ id, limit }) {
      fresh();
      return relatedArticles(db, id, limit ?? 10);
    },
    async listStories({ minArticles }) {
      fresh();
      return listStories(db, minArticles ?? 1);
    },
    async getStory({ id }) {
      fresh();
      return getStory(db, id);
    },
    async mergeStories({ into, from }) {
      fresh();
      mergeStories(db, into, from.filter((id) => id !== into));
      return getStory(db, into);
    },
    async splitStory({ id, articleIds }) {
      fresh();
      return getStory(db, splitStory(db, id, articleIds));
    },
    async moveArticle({ articleId, storyId }) {
      fresh();
      moveArticle(db, articleId, storyId);
      return getStory(db, storyId);
    },
    async pinStory({ id, pinned }) {
      fresh();
      pinStory(db, id, pinned);
      const { articles: _articles, ...summary } = getStory(db, id);
      return summary;
    },
  };
}
