/**
 * The site's settings as pages use them: the resolved settings (src/site.ts) and the
 * helpers from src/lib bound to them once, so no page binds them itself.
 */
import { feedDescriptions, feedTitles } from '../lib/feeds/feeds.ts';
import { structuredData } from '../lib/structured-data/index.ts';
import { siteConfig } from '../site.ts';

export { siteConfig };
export const feedNames = feedTitles(siteConfig.name);
export const feedAbout = feedDescriptions(siteConfig);
export const schemaOrg = structuredData({
  name: siteConfig.name,
  description: siteConfig.description,
  language: siteConfig.language,
  author: siteConfig.author,
  url: siteConfig.url,
  base: siteConfig.base,
});
