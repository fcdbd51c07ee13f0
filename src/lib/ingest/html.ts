/**
 * A saved web page: its metadata (Open Graph, article meta tags, JSON-LD, canonical link,
 * `<time>`) and its article text without the page around it (navigation, cookie banner,
 * related-article asides, share widgets, scripts, comments).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { isSafeHttpUrl } from '../urls.ts';
import { isBoilerplateLine, isRelatedHeading, readCopyright, readFooter } from './boilerplate.ts';
import { findDates, parsePublished } from './dates.ts';
import { detectLanguage } from './language.ts';
import type { ArticleText, Found } from './types.ts';

/** Elements that never hold article text. */
const DROPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'form', 'button', 'select', 'input', 'textarea',
  'nav', 'aside', 'dialog', 'object', 'embed', 'canvas', 'video', 'audio', 'figure', 'menu',
]);

const DROPPED_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'menu', 'menubar', 'toolbar',
]);

/** Class and id words of page furniture, matched as whole words of a class (`cookie-banner`, `related_posts`). */
const FURNITURE =
  /(?:^|[\s_-])(?:cookies?|consent|gdpr|cmp|banner|newsletter|subscribe|subscription|signup|related|recommended|recirculation|more-stories|read-more|share|sharing|social|comments?|advert|advertisement|ads?|promo|sponsor(?:ed)?|breadcrumbs?|calendar|sidebar|widget|menu|navbar|nav|navigation|popup|modal|paywall|tags|toolbar|skip-link)(?:$|[\s_-])/i;

/** Where a page keeps its byline. */
const BYLINE_CLASS = /(?:^|[\s_-])(?:byline|author|authors|author-name|dateline|article-meta|post-meta|entry-meta|meta)(?:$|[\s_-])/i;

const ARTICLE_TYPES = new Set(['Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BlogPosting', 'TechArticle', 'Report']);

const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'published_time', 'datepublished', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date',
];

interface JsonLd {
  headline?: string;
  published?: string;
  author?: string;
  publisher?: string;
  url?: string;
  siteName?: string;
}

export function readHtmlArticle(html: string): ArticleText {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const meta = new Map<string, string>();
  const jsonLdBlocks: unknown[] = [];
  let canonical: string | undefined;
  let pageTitle: string | undefined;
  let lang: string | undefined;
  let footerCopyright: string | undefined;

  walk(tree, (element) => {
    const props = element.properties;
    if (element.tagName === 'html' && typeof props.lang === 'string') lang = props.lang;
    if (element.tagName === 'meta' && typeof props.content === 'string') {
      for (const key of [props.property, props.name, first(props.itemProp)]) {
        if (typeof key === 'string' && !meta.has(key.toLowerCase())) meta.set(key.toLowerCase(), props.content.trim());
      }
    }
    if (element.tagName === 'link' && list(props.rel).includes('canonical') && typeof props.href === 'string') canonical ??= props.href;
    if (element.tagName === 'title') pageTitle ??= toText(element).trim();
    if (element.tagName === 'script' && String(props.type ?? '').toLowerCase() === 'application/ld+json') {
      const parsed = parseJson(toText(element));
      if (parsed !== undefined) jsonLdBlocks.push(parsed);
    }
    if (element.tagName === 'footer' || String(props.role) === 'contentinfo') footerCopyright ??= copyrightIn(toText(element));
  });

  const ld = readJsonLd(jsonLdBlocks);
  const cleaned = clean(findElement(tree, (el) => el.tagName === 'body') ?? tree, false);
  const root = pickArticleRoot(cleaned);

  const heading = findElement(root, (el) => el.tagName === 'h1');
  const bylineElement = findElement(root, (el) => BYLINE_CLASS.test(classText(el)) || list(el.properties.rel).includes('author') || list(el.properties.itemProp).includes('author'));
  const timeElement = findElement(root, (el) => el.tagName === 'time');
  const headingText = heading ? squash(toText(heading)) : undefined;
  const bylineText = bylineElement ? squash(toText(bylineElement)) : undefined;
  const timeValue = timeElement ? String(timeElement.properties.dateTime ?? toText(timeElement)) : undefined;
  // The title, byline and dateline are read as fields, not as paragraphs of the article.
  const article = removeElements(root, (el) => el === heading || el === bylineElement || el === timeElement);

  const lines = toText(article)
    .split(/\n/)
    .map(squash)
    .filter(Boolean);
  const language = detectLanguage(lines.join('\n'), lang ?? meta.get('og:locale') ?? meta.get('language'));

  let footerPublisher: Found<string> | undefined;
  let footerTitle: string | undefined;
  const paragraphs: string[] = [];
  let inRelatedList = false;
  for (const line of lines) {
    const footer = readFooter(line);
    if (footer) {
      footerPublisher = { value: footer.publisher, from: 'the "appeared first on" footer' };
      footerTitle = footer.title;
      if (footer.rest) paragraphs.push(footer.rest);
      break;
    }
    if (isRelatedHeading(line)) inRelatedList = true;
    if (inRelatedList) continue;
    if (!isBoilerplateLine(line)) paragraphs.push(line);
  }

  const publisher =
    found(meta.get('og:site_name'), 'og:site_name') ??
    found(ld.publisher, 'JSON-LD publisher') ??
    footerPublisher ??
    found(meta.get('application-name'), 'application-name') ??
    found(ld.siteName, 'JSON-LD WebSite') ??
    found(titleSuffix(pageTitle), 'the page title') ??
    found(footerCopyright, 'the copyright line') ??
    found(hostOf(canonical ?? meta.get('og:url')), 'the page address');

  const cleanTitle = (title: string | undefined) => stripSiteName(title, publisher?.value);
  const title =
    found(cleanTitle(meta.get('og:title')), 'og:title') ??
    found(cleanTitle(ld.headline), 'JSON-LD headline') ??
    found(headingText, 'the <h1>') ??
    found(cleanTitle(meta.get('twitter:title')), 'twitter:title') ??
    found(footerTitle, 'the "appeared first on" footer') ??
    found(cleanTitle(titleWithoutSuffix(pageTitle)), 'the page title');

  const metaDate = PUBLISHED_META.map((key) => meta.get(key)).find((value) => value && parsePublished(value, language));
  const published =
    found(ld.published && parsePublished(ld.published, language), 'JSON-LD datePublished') ??
    found(metaDate && parsePublished(metaDate, language), 'the article meta tags') ??
    found(timeValue && parsePublished(timeValue, language), 'the <time> element') ??
    found(bylineText && findDates(bylineText, language)[0]?.day, 'the byline');

  const urlCandidates: [string | undefined, string][] = [
    [canonical, 'the canonical link'],
    [meta.get('og:url'), 'og:url'],
    [ld.url, 'JSON-LD'],
  ];
  const url = urlCandidates.map(([value, from]) => found(value && isSafeHttpUrl(value) ? value : undefined, from)).find(Boolean);

  const metaAuthor = [meta.get('author'), meta.get('article:author'), meta.get('parsely-author')].find((a) => a && !/^https?:/i.test(a));
  const author =
    found(ld.author, 'JSON-LD author') ??
    found(metaAuthor, 'the author meta tag') ??
    found(bylineText && bylineName(bylineText), 'the byline');

  return { language, title, publisher, published, url, author, paragraphs };
}

function found(value: string | undefined | null, from: string): Found<string> | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? { value: text, from } : undefined;
}

function walk(node: Root | Element, visit: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type === 'element') {
      visit(child);
      walk(child, visit);
    }
  }
}

function findElement(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const inner = findElement(child, test);
    if (inner) return inner;
  }
  return undefined;
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/) : [];
}

function first(value: unknown): string | undefined {
  return list(value)[0];
}

function classText(element: Element): string {
  return [...list(element.properties.className), String(element.properties.id ?? '')].join(' ');
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A copy of the tree without page furniture; `inArticle` keeps an article's own header. */
function clean<T extends Root | Element>(node: T, inArticle: boolean): T {
  const children: (RootContent | ElementContent)[] = [];
  for (const child of node.children) {
    if (child.type === 'comment' || child.type === 'doctype') continue;
    if (child.type !== 'element') {
      children.push(child);
      continue;
    }
    if (isFurniture(child, inArticle)) continue;
    children.push(clean(child, inArticle || child.tagName === 'article' || child.tagName === 'main'));
  }
  return { ...node, children } as T;
}

function isFurniture(element: Element, inArticle: boolean): boolean {
  const props = element.properties;
  if (DROPPED_TAGS.has(element.tagName)) return true;
  if (element.tagName === 'footer') return true;
  if (element.tagName === 'header' && !inArticle) return true;
  if (props.hidden !== undefined && props.hidden !== false) return true;
  if (String(props.ariaHidden) === 'true') return true;
  if (/display\s*:\s*none/i.test(String(props.style ?? ''))) return true;
  if (DROPPED_ROLES.has(String(props.role ?? ''))) return true;
  const classes = classText(element);
  return FURNITURE.test(classes) && !BYLINE_CLASS.test(classes);
}

function removeElements<T extends Root | Element>(node: T, drop: (element: Element) => boolean): T {
  const children = node.children
    .filter((child) => child.type !== 'element' || !drop(child))
    .map((child) => (child.type === 'element' ? removeElements(child, drop) : child));
  return { ...node, children } as T;
}

/** The article element with the most text, else `main`, else the whole body. */
function pickArticleRoot(body: Root | Element): Root | Element {
  const candidates: Element[] = [];
  walk(body, (element) => {
    const props = element.properties;
    if (element.tagName === 'article' || list(props.itemProp).includes('articleBody')) candidates.push(element);
  });
  if (candidates.length) return candidates.reduce((best, el) => (toText(el).length > toText(best).length ? el : best));
  return findElement(body, (el) => el.tagName === 'main' || String(el.properties.role) === 'main') ?? body;
}

function parseJson(text: string): unknown {
  const json = text.trim().replace(/^<!\[CDATA\[|\]\]>$/g, '').replace(/^<!--|-->$/g, '');
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

type LdNode = Record<string, unknown>;

/** The article's fields from JSON-LD, following `@graph` and `@id` references. */
function readJsonLd(blocks: unknown[]): JsonLd {
  const nodes: LdNode[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      const node = value as LdNode;
      nodes.push(node);
      if (node['@graph']) collect(node['@graph']);
    }
  };
  blocks.forEach(collect);
  const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
  const resolve = (value: unknown): unknown => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const id = (value as LdNode)['@id'];
      if (typeof id === 'string' && Object.keys(value).length === 1) return byId.get(id) ?? value;
    }
    return value;
  };
  const types = (node: LdNode) => list(node['@type']);
  const nameOf = (value: unknown): string | undefined => {
    const target = resolve(Array.isArray(value) ? value[0] : value);
    if (typeof target === 'string') return target;
    if (target && typeof target === 'object') {
      const name = (target as LdNode).name;
      return typeof name === 'string' ? name : undefined;
    }
    return undefined;
  };
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

  const article = nodes.find((node) => types(node).some((type) => ARTICLE_TYPES.has(type)));
  const site = nodes.find((node) => types(node).includes('WebSite'));
  const result: JsonLd = { siteName: site ? nameOf(site) : undefined };
  if (!article) return result;
  const mainEntity = resolve(article.mainEntityOfPage);
  const authors = Array.isArray(article.author) ? article.author : [article.author];
  const authorNames = authors.map(nameOf).filter((name): name is string => Boolean(name));
  return {
    ...result,
    headline: text(article.headline) ?? text(article.name),
    published: text(article.datePublished) ?? text(article.dateCreated),
    author: authorNames.length ? authorNames.join(', ') : undefined,
    publisher: nameOf(article.publisher),
    url:
      text(article.url) ??
      (typeof mainEntity === 'string' ? mainEntity : text((mainEntity as LdNode | undefined)?.['@id'])),
  };
}

const TITLE_SEPARATORS = /\s+[|–—·•:-]\s+|\s+::\s+/u;

/** "Headline | Site" → "Site", when the last part is short enough to be a name. */
function titleSuffix(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const parts = title.split(TITLE_SEPARATORS);
  const last = parts.at(-1)?.trim();
  return parts.length >= 2 && last && last.split(/\s+/).length <= 4 ? last : undefined;
}

function titleWithoutSuffix(title: string | undefined): string | undefined {
  const suffix = titleSuffix(title);
  if (!title || !suffix) return title;
  return title.slice(0, title.lastIndexOf(suffix)).replace(/\s*(?:[|–—·•:-]|::)\s*$/u, '').trim();
}

/** og:title often ends with the site's name: "Headline | Site" or "Headline - Site". */
function stripSiteName(title: string | undefined, publisher: string | undefined): string | undefined {
  if (!title || !publisher) return title;
  const suffix = titleSuffix(title);
  const norm = (s: string) => s.toLowerCase().replace(/^www\./, '').replace(/\.\w+$/, '');
  return suffix && norm(suffix) === norm(publisher) ? titleWithoutSuffix(title) : title;
}

function copyrightIn(text: string): string | undefined {
  for (const line of text.split(/\n/)) {
    const name = readCopyright(line.trim());
    if (name) return name;
  }
  return undefined;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url || !isSafeHttpUrl(url)) return undefined;
  return new URL(url).hostname.replace(/^www\./, '');
}

/** "By Jane Doe and John Roe, Reuters · Jan 30, 2025" → "Jane Doe and John Roe". */
function bylineName(text: string): string | undefined {
  const name = text
    .replace(/^(?:by|von|автор:?|текст:?)\s+/iu, '')
    .split(/\s*[|·•,]\s*|\s+[-–—]\s+|\s+(?:on|am|от)\s+\d/u)[0]
    ?.trim();
  return name && /^[\p{Lu}][\p{L}.'’-]*(?:\s+(?:and|und|и)?\s*[\p{Lu}][\p{L}.'’-]*){0,5}$/u.test(name) ? name : undefined;
}

