/** Only http(s) links from content ever reach a page, a feed or a card. */
export function isSafeHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** True for an absolute URL with a scheme (`https:`, `mailto:`, `javascript:` …). */
export function hasScheme(href: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(href.trim());
}

const basePrefix = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** Joins Astro's `base` ("/" or "/qd/") with a site path ("briefs/2025-q1/"). */
export function withBase(base: string, pathname: string): string {
  return basePrefix(base) + pathname.replace(/^\/+/, '');
}

/** The site path of a URL path under `base`: withBase undone ("/qd/briefs/" → "briefs/"). */
export function withoutBase(base: string, pathname: string): string {
  const prefix = basePrefix(base);
  return pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\/+/, '');
}

/** The absolute URL of a site path, for feeds, canonical links and cards. */
export function absoluteUrl(siteUrl: string, base: string, pathname: string): string {
  return new URL(withBase(base, pathname), `${siteUrl.replace(/\/+$/, '')}/`).href;
}
