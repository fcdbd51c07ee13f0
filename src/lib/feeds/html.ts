/**
 * HTML for feeds (`content:encoded`) and the email edition: any rendered HTML (from Markdown,
 * MDX or the feed's own templates) with every relative URL made absolute against the page it
 * belongs to (root-relative paths get SITE_URL and BASE_PATH), then rehype-sanitize (GitHub's
 * schema, stricter: no script, style, iframe, object, event handler or non-http(s) URL), then
 * serialised without characters XML cannot carry.
 */
import type { Element, Properties, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { markdownToHtml } from '../markdown/render.ts';
import { absoluteUrl, hasScheme, withBase } from '../urls.ts';
import { xmlSafe } from './xml.ts';

export interface FeedHtmlOptions {
  /** SITE_URL, the origin every root-relative path is resolved against. */
  siteUrl: string;
  /** Astro's base ("/" or "/qd/"). */
  base: string;
  /**
   * Absolute URL of the page the HTML belongs to (a note's permalink): document-relative
   * URLs (`../y/`, `chart.png`, `#part`) resolve against it as they do on the page.
   * Defaults to the home page.
   */
  pageUrl?: string;
}

/** Markdown to feed-ready HTML: rendered like pages, absolute URLs, sanitised. */
export async function renderFeedHtml(markdown: string, options: FeedHtmlOptions): Promise<string> {
  return sanitizeFeedHtml(await markdownToHtml(markdown, options), options);
}

/** Elements removed with everything inside them (the default schema only strips `script`). */
const STRIP = ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'noembed', 'noframes', 'template', 'textarea', 'select', 'title', 'xmp', 'svg', 'canvas', 'audio', 'video'];

/**
 * GitHub's schema (what rehype-sanitize does by default) plus the few harmless elements the
 * feed content itself uses (figure, caption, cite, time, …), minus everything in STRIP.
 */
export const feedSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [
    ...(defaultSchema.tagNames ?? []).filter((tag) => !STRIP.includes(tag)),
    'abbr',
    'aside',
    'caption',
    'cite',
    'figcaption',
    'figure',
    'mark',
    'small',
    'time',
    'u',
  ],
  strip: [...new Set([...(defaultSchema.strip ?? []), ...STRIP])],
  attributes: {
    ...defaultSchema.attributes,
    // A page's keyboard stops (a table that scrolls on its own) mean nothing in a feed reader or an inbox.
    '*': (defaultSchema.attributes?.['*'] ?? []).filter((attribute) => attribute !== 'tabIndex'),
  },
};

/** Attributes that hold one URL, by their hast property name. */
const URL_PROPERTIES = ['href', 'src', 'cite', 'longDesc', 'poster'] as const;

interface ResolvedOptions {
  siteUrl: string;
  base: string;
  pageUrl: string;
}

/** One URL from content, made absolute; null when it cannot be resolved (then it is dropped). */
export function absolutiseUrl(value: string, options: ResolvedOptions): string | null {
  const url = value.trim();
  if (!url) return null;
  try {
    // Absolute URLs stay as they are; the sanitiser decides whether their scheme may stay.
    if (hasScheme(url)) return url;
    if (url.startsWith('//')) return new URL(url, options.pageUrl).href;
    if (url.startsWith('/')) {
      // A site path: the base goes in front unless the author already wrote it.
      const inBase = options.base === '/' || url.startsWith(options.base) || `${url}/` === options.base;
      const pathname = inBase ? url : withBase(options.base, url);
      return new URL(pathname, `${options.siteUrl.replace(/\/+$/, '')}/`).href;
    }
    return new URL(url, options.pageUrl).href;
  } catch {
    return null;
  }
}

function absolutiseSrcSet(value: unknown, options: ResolvedOptions): string[] | null {
  const candidates = Array.isArray(value) ? value.map(String) : String(value).split(',');
  const out: string[] = [];
  for (const candidate of candidates) {
    const [url, ...descriptors] = candidate.trim().split(/\s+/);
    if (!url) continue;
    const absolute = absolutiseUrl(url, options);
    if (absolute) out.push([absolute, ...descriptors].join(' '));
  }
  return out.length > 0 ? out : null;
}

/** rehype plugin: every URL attribute absolute. */
function rehypeAbsoluteUrls(options: ResolvedOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const properties: Properties = node.properties;
      for (const name of URL_PROPERTIES) {
        const value = properties[name];
        if (typeof value !== 'string') continue;
        const absolute = absolutiseUrl(value, options);
        if (absolute === null) delete properties[name];
        else properties[name] = absolute;
      }
      if (properties.srcSet !== undefined && properties.srcSet !== null) {
        const srcSet = absolutiseSrcSet(properties.srcSet, options);
        if (srcSet === null) delete properties.srcSet;
        // hast keeps srcset as a list (comma-separated property), whatever the typings say.
        else (properties as Record<string, unknown>).srcSet = srcSet;
      }
    });
  };
}

/** rehype plugin: no `class=""` where the sanitiser took every class of an element away (a page's `ul.quotes`). */
function rehypeDropEmptyClasses() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const { className } = node.properties;
      if (Array.isArray(className) && className.length === 0) delete node.properties.className;
    });
  };
}

/**
 * Rendered HTML (from Markdown, MDX or the feed's own templates) made safe for a feed:
 * absolute URLs, sanitised, XML-clean. Deterministic and synchronous.
 */
export function sanitizeFeedHtml(html: string, options: FeedHtmlOptions): string {
  const resolved: ResolvedOptions = {
    siteUrl: options.siteUrl,
    base: options.base,
    pageUrl: options.pageUrl ?? absoluteUrl(options.siteUrl, options.base, ''),
  };
  const file = unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeAbsoluteUrls, resolved)
    .use(rehypeSanitize, feedSanitizeSchema)
    .use(rehypeDropEmptyClasses)
    .use(rehypeStringify)
    .processSync(xmlSafe(html));
  return xmlSafe(String(file)).trim();
}
