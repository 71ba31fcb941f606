// Links in articles are data from arbitrary web pages: only absolute http(s) URLs become
// clickable; anything else (javascript:, file:, relative paths) stays plain text.
export function safeHref(href: string | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
