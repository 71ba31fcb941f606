// The names of the API's methods and how each transport addresses them. Kept free of zod so the
// sandboxed Electron preload can bundle it at almost no cost.

export const API_METHODS = [
  'getLibraryInfo',
  'listArticles',
  'getArticle',
  'search',
  'updateMetadata',
  'deleteArticle',
  'importUploads',
  'startImport',
  'getImportJob',
  'cancelImport',
  'resolveNearDuplicate',
  'importUrl',
  'recleanArticle',
  'recleanAll',
  'listAnnotations',
  'createHighlight',
  'updateHighlight',
  'deleteHighlight',
  'reanchorHighlight',
  'listStoryNotes',
  'saveArticleNote',
  'listAllAnnotations',
  'exportAnnotations',
  'listTags',
  'setArticleTags',
  'exportAnnotationsJsonLd',
  'importAnnotationsJsonLd',
  'backupLibrary',
  'restoreLibrary',
  'suggest',
  'saveSearch',
  'listSavedSearches',
  'deleteSavedSearch',
  'compareArticles',
  'startComparison',
  'getComparisonJob',
  'cancelComparison',
  'setReadingProgress',
  'setReadingStatus',
  'relatedArticles',
  'listStories',
  'getStory',
  'mergeStories',
  'splitStory',
  'moveArticle',
  'pinStory',
  'articleVersions',
  'versionDiff',
  'listOutlets',
  'updateOutlet',
  'saveLabelScheme',
  'deleteLabelScheme',
  'setOutletLabel',
  'storyCoverage',
  'readingBalance',
] as const;

export type ApiMethod = (typeof API_METHODS)[number];

/** Name of the global the Electron preload exposes (`window.parallax`). */
export const PRELOAD_GLOBAL = 'parallax';
/** IPC channel of each method in Electron. */
export const ipcChannel = (method: ApiMethod): string => `parallax:${method}`;
/** HTTP route of each method in browser mode: POST /api/<method> with a JSON body. */
export const httpRoute = (method: ApiMethod): string => `/api/${method}`;

/** Electron-only channels outside the ReaderApi: main's push when it started an import, and the
 * drop handler's resolved paths (validated again in main). */
export const SHELL_CHANNELS = {
  importStarted: 'parallax-shell:import-started',
  importDroppedPaths: 'parallax-shell:import-dropped-paths',
} as const;
