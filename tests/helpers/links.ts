/**
 * The link gate: every internal reference in a built site must resolve to a file of that
 * build, the way a static host would serve it.
 *
 * Internal means relative, root-relative or absolute on the site's own origin (canonical,
 * og:image, feed links are absolute). A reference resolves when, under the base path and
 * percent-decoded, it names a file, or a folder (with a trailing slash) holding index.html;
 * a fragment must name an element id (or <a name>) on the target page.
 *
 * Checked: HTML pages (href, src, srcset, poster, action, data, <link>, og/twitter URL
 * metas), feeds and sitemaps (*.xml: <link>, <loc>, permalink <guid>, enclosure, atom:link,
 * and every href/src inside the HTML of content:encoded/description, which must be absolute),
 * and robots.txt's Sitemap line.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

export interface BrokenLink {
  /** File (relative to the dist folder) that holds the reference. */
  file: string;
  /** Where in that file: `a[href]`, `meta[og:image]`, `rss <link>`, … */
  where: string;
  /** The reference as written. */
  ref: string;
  reason: string;
}

export interface LinkCheckOptions {
  /** Astro's base: "/" or "/qd/". */
  base?: string;
  /** The site's origin (SITE_URL), e.g. "https://briefs.example.org": absolute URLs on it are internal. */
  origin: string;
}

const htmlParser = unified().use(rehypeParse);
const fragmentParser = unified().use(rehypeParse, { fragment: true });

function walk(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((rel) => fs.statSync(path.join(dir, rel)).isFile())
    .map((rel) => rel.split(path.sep).join('/'))
    .sort();
}

function normaliseBase(base = '/'): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The URL path a dist file is served at: `briefs/index.html` → `/qd/briefs/`. */
function servedPath(rel: string, base: string): string {
  const encoded = rel.split('/').map(encodeURIComponent).join('/');
  return base + (encoded === 'index.html' ? '' : encoded.endsWith('/index.html') ? encoded.slice(0, -'index.html'.length) : encoded);
}

/** Attribute values that hold one URL. */
const URL_ATTRIBUTES: [selector: string, property: string, attribute: string][] = [
  ['a[href]', 'href', 'href'],
  ['area[href]', 'href', 'href'],
  ['link[href]', 'href', 'href'],
  ['img[src]', 'src', 'src'],
  ['source[src]', 'src', 'src'],
  ['script[src]', 'src', 'src'],
  ['iframe[src]', 'src', 'src'],
  ['embed[src]', 'src', 'src'],
  ['video[src]', 'src', 'src'],
  ['video[poster]', 'poster', 'poster'],
  ['audio[src]', 'src', 'src'],
  ['track[src]', 'src', 'src'],
  ['object[data]', 'data', 'data'],
  ['form[action]', 'action', 'action'],
  ['blockquote[cite]', 'cite', 'cite'],
  ['q[cite]', 'cite', 'cite'],
];

/** <meta> whose content is a URL of this site. */
const URL_METAS = ['og:image', 'og:image:url', 'og:image:secure_url', 'og:url', 'twitter:image', 'og:audio', 'og:video'];

function attr(node: Element, property: string): string | undefined {
  const value = node.properties?.[property];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,(?=\s*\S)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .filter((url): url is string => Boolean(url));
}

interface Ref {
  where: string;
  ref: string;
  /** Feed content must use absolute URLs (readers resolve relative ones unpredictably). */
  mustBeAbsolute?: boolean;
  /** The site's own address (canonical, og:image, a feed's links, sitemap entries): must be on its origin. */
  own?: boolean;
}

function htmlRefs(tree: Root): Ref[] {
  const refs: Ref[] = [];
  for (const [selector, property, name] of URL_ATTRIBUTES) {
    for (const node of selectAll(selector, tree)) {
      const value = attr(node, property);
      if (value === undefined) continue;
      const rel = node.tagName === 'link' ? (attr(node, 'rel') ?? '').toLowerCase().split(/\s+/) : [];
      const own = rel.includes('canonical') || (rel.includes('alternate') && /rss|atom/.test(attr(node, 'type') ?? ''));
      refs.push({ where: own ? `link[rel=${rel.join(' ')}]` : `${node.tagName}[${name}]`, ref: value, own });
    }
  }
  for (const node of selectAll('img[srcset], source[srcset]', tree)) {
    for (const url of srcsetUrls(attr(node, 'srcSet') ?? '')) refs.push({ where: `${node.tagName}[srcset]`, ref: url });
  }
  for (const node of selectAll('meta[content]', tree)) {
    const key = attr(node, 'property') ?? attr(node, 'name') ?? '';
    if (URL_METAS.includes(key)) refs.push({ where: `meta[${key}]`, ref: attr(node, 'content') ?? '', mustBeAbsolute: true, own: true });
  }
  return refs;
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower]!;
  });
}

/** The text of an XML element: CDATA unwrapped, entities decoded. */
function xmlText(raw: string): string {
  const cdata = raw.match(/^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/);
  return cdata ? cdata[1]! : decodeXml(raw);
}

function xmlRefs(xml: string): Ref[] {
  const refs: Ref[] = [];
  const push = (where: string, ref: string, own = true) => refs.push({ where, ref: ref.trim(), mustBeAbsolute: true, own });
  // (<docs> names the RSS specification, elsewhere by design.)
  for (const m of xml.matchAll(/<(link|loc|url|comments)>([\s\S]*?)<\/\1>/g)) {
    const text = xmlText(m[2]!);
    if (!text.includes('<')) push(`<${m[1]}>`, text); // a sitemap's <url> wraps elements
  }
  for (const m of xml.matchAll(/<guid(\s[^>]*)?>([\s\S]*?)<\/guid>/g)) {
    if (!/isPermaLink\s*=\s*["']false["']/.test(m[1] ?? '')) push('<guid>', xmlText(m[2]!));
  }
  for (const m of xml.matchAll(/<(enclosure|atom:link|link|media:content|media:thumbnail|image)\s[^>]*?\b(url|href)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    push(`<${m[1]} ${m[2]}>`, decodeXml(m[4] ?? m[5] ?? ''), !/^(enclosure|media:)/.test(m[1]!));
  }
  for (const m of xml.matchAll(/<(content:encoded|description|summary|content)(\s[^>]*)?>([\s\S]*?)<\/\1>/g)) {
    const html = xmlText(m[3]!);
    if (!/[<&]/.test(html)) continue;
    const tree = fragmentParser.parse(html) as Root;
    for (const ref of htmlRefs(tree)) refs.push({ where: `<${m[1]}> ${ref.where}`, ref: ref.ref, mustBeAbsolute: true });
  }
  return refs;
}

function robotsRefs(text: string): Ref[] {
  return [...text.matchAll(/^\s*Sitemap:\s*(\S+)/gim)].map((m) => ({ where: 'Sitemap:', ref: m[1]!, mustBeAbsolute: true, own: true }));
}

/** Ids (and legacy <a name>) of a page, read once. */
function idsOf(tree: Root): Set<string> {
  const ids = new Set<string>();
  for (const node of selectAll('[id]', tree)) ids.add(String(node.properties!.id));
  for (const node of selectAll('a[name]', tree)) ids.add(String(node.properties!.name));
  return ids;
}

export function findBrokenLinks(distDir: string, options: LinkCheckOptions): BrokenLink[] {
  const base = normaliseBase(options.base);
  const origin = new URL(options.origin).origin;
  const files = walk(distDir);
  const fileSet = new Set(files);
  const trees = new Map<string, Root>();
  const tree = (rel: string): Root => {
    let parsed = trees.get(rel);
    if (!parsed) {
      parsed = htmlParser.parse(fs.readFileSync(path.join(distDir, rel), 'utf8')) as Root;
      trees.set(rel, parsed);
    }
    return parsed;
  };
  const idCache = new Map<string, Set<string>>();
  const ids = (rel: string) => {
    let set = idCache.get(rel);
    if (!set) {
      set = idsOf(tree(rel));
      idCache.set(rel, set);
    }
    return set;
  };

  const broken: BrokenLink[] = [];
  const check = (file: string, { where, ref, mustBeAbsolute, own }: Ref) => {
    const report = (reason: string) => broken.push({ file, where, ref, reason });
    const trimmed = ref.trim();
    if (trimmed === '') return report('empty URL');
    let url: URL;
    try {
      url = new URL(trimmed, origin + servedPath(file, base));
    } catch {
      return report('not a valid URL');
    }
    if (url.origin !== origin) {
      // The site's own addresses on another origin: a wrong or placeholder SITE_URL.
      if (own) return report(`not on the site's origin ${origin}`);
      return; // external (or mailto:, tel:…): not ours to check
    }
    if (mustBeAbsolute && !/^[a-z][a-z\d+.-]*:/i.test(trimmed)) return report('must be an absolute URL here');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return report('malformed percent-encoding');
    }
    if (!pathname.startsWith(base)) return report(`outside the base path ${base}`);
    const rel = pathname.slice(base.length);
    let target: string;
    if (rel === '' || rel.endsWith('/')) {
      target = `${rel}index.html`;
      if (!fileSet.has(target)) return report(`no ${target} in the build`);
    } else if (fileSet.has(rel)) {
      target = rel;
    } else if (fileSet.has(`${rel}/index.html`)) {
      return report('folder without trailing slash (a redirect on most hosts)');
    } else {
      return report(`no ${rel} in the build`);
    }
    if (url.hash.length > 1) {
      if (!target.endsWith('.html')) return;
      let fragment: string;
      try {
        fragment = decodeURIComponent(url.hash.slice(1));
      } catch {
        return report('malformed percent-encoding in fragment');
      }
      // "#" and "#top" scroll to the top of any HTML page (HTML's "indicated part of the document").
      if (fragment.toLowerCase() !== 'top' && !ids(target).has(fragment)) return report(`no element with id "${fragment}" on ${target}`);
    }
  };

  for (const file of files) {
    let refs: Ref[];
    if (file.endsWith('.html')) refs = htmlRefs(tree(file));
    else if (file.endsWith('.xml')) refs = xmlRefs(fs.readFileSync(path.join(distDir, file), 'utf8'));
    else if (file === 'robots.txt') refs = robotsRefs(fs.readFileSync(path.join(distDir, file), 'utf8'));
    else continue;
    for (const ref of refs) check(file, ref);
  }
  return broken;
}

export function formatBrokenLinks(broken: BrokenLink[]): string {
  return broken.map((b) => `${b.file}: ${b.where} "${b.ref}": ${b.reason}`).join('\n');
}
