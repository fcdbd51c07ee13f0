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

/** Joins Astro's `base` ("/" or "/qd/") with a site path ("briefs/2025-q1/"). */
export function withBase(base: string, pathname: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + pathname.replace(/^\/+/, '');
}

/** The absolute URL of a site path, for feeds, canonical links and cards. */
export function absoluteUrl(siteUrl: string, base: string, pathname: string): string {
  return new URL(withBase(base, pathname), `${siteUrl.replace(/\/+$/, '')}/`).href;
}
