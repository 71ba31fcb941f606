// The W3C Web Annotation terms Parallax writes and reads, and how an article is named in a
// target: its URL when it has one, else a URN of its content hash; both carried as extensions.
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Extension properties (compact IRIs in the `parallax:` scheme; JSON-LD keeps them as they are). */
export const EXT = {
  contentHash: 'parallax:contentHash',
  title: 'parallax:title',
  outlet: 'parallax:outlet',
  color: 'parallax:color',
} as const;

const CONTENT_URN = 'urn:parallax:content:';

export function articleSource(article: { url: string | null; contentHash: string }): string {
  return article.url ?? `${CONTENT_URN}${article.contentHash}`;
}

export function contentHashOfSource(source: string): string | null {
  return source.startsWith(CONTENT_URN) ? source.slice(CONTENT_URN.length) : null;
}
