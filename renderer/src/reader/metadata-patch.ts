// Turns the metadata form's text fields into a MetadataPatch holding only what changed, so
// untouched fields are not marked as edited by the user (and keep updating on re-clean).
import type { Article, MetadataPatch } from '../../../shared/domain';

export interface MetadataFields {
  title: string;
  outlet: string;
  authors: string;
  publishedAt: string;
  url: string;
}

export function fieldsOf(article: Article): MetadataFields {
  return {
    title: article.title ?? '',
    outlet: article.outlet ?? '',
    authors: article.authors.join(', '),
    publishedAt: article.publishedAt ?? '',
    url: article.url ?? '',
  };
}

const orNull = (value: string): string | null => (value.trim() ? value.trim() : null);

export function splitAuthors(value: string): string[] {
  return value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

export function changedMetadata(article: Article, fields: MetadataFields): MetadataPatch {
  const patch: MetadataPatch = {};
  const title = orNull(fields.title);
  if (title !== article.title) patch.title = title;
  const outlet = orNull(fields.outlet);
  if (outlet !== article.outlet) patch.outlet = outlet;
  const authors = splitAuthors(fields.authors);
  if (authors.join('\u0000') !== article.authors.join('\u0000')) patch.authors = authors;
  const publishedAt = orNull(fields.publishedAt);
  if (publishedAt !== article.publishedAt) patch.publishedAt = publishedAt;
  const url = orNull(fields.url);
  if (url !== article.url) patch.url = url;
  return patch;
}
