/**
 * The Astro side of the feeds: where note and brief bodies come from, and the one memoised
 * Feeds instance that every feed route of a build shares.
 *
 * - A Markdown body (`.md`) is the HTML Astro's content layer rendered for its page when it
 *   synced the entry (kept in its data store, so an unchanged note is not rendered again);
 *   markdownToHtml, the same pipeline outside Astro, only when an entry has none.
 * - An MDX body (`.mdx`: code, with expressions and imported components) cannot go through
 *   remark alone. It is rendered the way its page renders it, `render(entry).Content`,
 *   through Astro's Container API (experimental_AstroContainer.renderToString) with the MDX
 *   renderer loaded. A Markdown body that references images next to it (optimised by Astro)
 *   goes the same way so that the feed gets the built image URLs.
 *
 * Either way the HTML is then sanitised and made absolute by the pure item builder.
 */
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getEntry, render, type CollectionEntry } from 'astro:content';
import { getCatalog } from './catalog.ts';
import { CODE_VERSION_ENV } from '../lib/build/astro-env.ts';
import { markdownToHtml } from '../lib/markdown/render.ts';
import { createFeeds, type FeedBodies, type Feeds } from '../lib/feeds/feeds.ts';
import { keptItemsDir, keptSanitizer, sanitizeItem } from '../lib/feeds/kept-items.ts';
import { siteConfig } from '../site.ts';

const { base, url: siteUrl } = siteConfig;

let container: Promise<AstroContainer> | undefined;

function getContainer(): Promise<AstroContainer> {
  container ??= (async () => AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) }))();
  return container;
}

type BodyEntry = CollectionEntry<'notes'> | CollectionEntry<'briefs'>;

function needsAstro(entry: BodyEntry): boolean {
  if (/\.mdx$/i.test(entry.filePath ?? '')) return true;
  const images = entry.rendered?.metadata?.imagePaths;
  return Array.isArray(images) && images.length > 0;
}

/** A body as HTML, rendered like its page (not yet sanitised). */
export async function renderBody(entry: BodyEntry): Promise<string> {
  if (!needsAstro(entry)) return entry.rendered?.html ?? markdownToHtml(entry.body ?? '', { base });
  const { Content } = await render(entry);
  return (await getContainer()).renderToString(Content);
}

export const astroBodies: FeedBodies = {
  async note(slug) {
    const entry = await getEntry('notes', slug);
    if (!entry) throw new Error(`[feeds] no note with slug "${slug}"`);
    return renderBody(entry);
  },
  async brief(quarterSlug) {
    const entry = await getEntry('briefs', quarterSlug);
    return entry ? renderBody(entry) : '';
  },
};

let feeds: Promise<Feeds> | undefined;

/**
 * The build's Feeds: one catalog, each item rendered once however many feeds carry it, and,
 * under the build script (which names the code's version), sanitised again only when its HTML
 * changed since the last build (kept in Astro's cache folder).
 */
export function getFeeds(): Promise<Feeds> {
  feeds ??= (async () => {
    const version = process.env[CODE_VERSION_ENV];
    const sanitize = version ? keptSanitizer(keptItemsDir(siteConfig.astroCacheDir), version) : sanitizeItem;
    return createFeeds(await getCatalog(), { siteUrl, base, site: siteConfig, sanitize }, astroBodies);
  })();
  return feeds;
}
