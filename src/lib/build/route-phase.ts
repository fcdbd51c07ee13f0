/**
 * Which part of the build a rendered route counts towards in the build report, from its URL
 * path (`/topics/ai/rss.xml`; the file a route writes, whatever its route file is called):
 * the report splits Astro's rendering into pages, feeds, email editions, card endpoints and
 * other files.
 */
export type RoutePhase = 'pages' | 'feeds' | 'emails' | 'cards' | 'files';

const RULES: readonly (readonly [RegExp, RoutePhase])[] = [
  [/(?:^|\/)og\//, 'cards'],
  [/(?:^|\/)rss\.xml$|\.opml$/, 'feeds'],
  [/\/email\.(?:html|txt)$/, 'emails'],
  // Any other route with an extension: the figures' CSV and JSON, robots.txt.
  [/\.[a-z0-9]+$/i, 'files'],
];

export function routePhase(pathname: string): RoutePhase {
  return RULES.find(([pattern]) => pattern.test(pathname))?.[1] ?? 'pages';
}
