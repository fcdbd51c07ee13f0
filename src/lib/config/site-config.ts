/**
 * The site's settings: one validated object, made from `content/site.yaml` (the editor's
 * identity for the site) and then the environment (where and how it is deployed). It is
 * resolved once, in src/site.ts, and passed into everything that needs it: nothing in
 * src/lib reads a global setting or the environment itself.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { siteFileSchema, type SiteFileData } from '../content/schema.ts';
import { isSafeHttpUrl } from '../urls.ts';

/** Placeholder origin: a production build without SITE_URL (or `url` in site.yaml) warns about it. */
export const PLACEHOLDER_SITE_URL = 'https://quarterdeck.example';

export interface SiteConfig {
  /** The site's own name: header, titles, feeds, cards. */
  name: string;
  /** One line under the name: home page, footer, site feed, site card. */
  tagline: string;
  /** A sentence or two for the home page's meta description and the feeds page. */
  description: string;
  /** BCP 47 language of the content (`<html lang>`, feeds). */
  language: string;
  /** The editor or publication that signs the notes (JSON-LD, the email's From:). */
  author?: string;
  colors: { accent: string; ink: string; paper: string };
  /** Notes a topic or entity feed carries (its latest). */
  feedNoteLimit: number;
  /** Notes the site feed carries besides every published brief. */
  siteFeedNoteLimit: number;
  /** Notes the home page lists under "Latest notes". */
  homeLatestNotes: number;
  /** The origin (and nothing else): `https://briefs.example.com`. */
  url: string;
  /** True when `url` is the placeholder: links in feeds and cards point nowhere. */
  urlIsPlaceholder: boolean;
  /** Astro's base: `/`, or `/briefs/` with both slashes. */
  base: string;
  /** Absolute folders. */
  contentDir: string;
  outDir: string;
  /** The card cache: one per content folder (cacheName), or QD_CARD_CACHE_DIR. */
  cardCacheDir: string;
  /** Astro's cache (content store, incremental build): one per content folder, or ASTRO_CACHE_DIR. */
  astroCacheDir: string;
}

/** A setting that cannot be used, named as the editor wrote it (`SITE_URL`, `BASE_PATH`). */
export interface SettingProblem {
  setting: string;
  message: string;
}

export interface ResolvedSiteConfig {
  config: SiteConfig;
  /** Settings from the environment that were refused; site.yaml's own problems come from the content checks. */
  problems: SettingProblem[];
}

export type Environment = Record<string, string | undefined>;

export const SITE_DEFAULTS = siteFileSchema.parse({});

/** Normalises a base path to Astro's form: leading and trailing slash, "/" when empty. */
export function normaliseBase(raw: string): string {
  const inner = raw.trim().replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

interface Origin {
  origin: string;
  /** The path part of a URL given with one (`https://x.org/briefs` → `/briefs/`), else null. */
  base: string | null;
}

function parseOrigin(value: string): Origin | null {
  if (!isSafeHttpUrl(value)) return null;
  const url = new URL(value.trim());
  if (url.search || url.hash || url.username || url.password) return null;
  const base = normaliseBase(url.pathname);
  return { origin: url.origin, base: base === '/' ? null : base };
}

/**
 * site.yaml (already read; undefined when there is none, or when it is invalid and the
 * content checks will say why), then SITE_URL, BASE_PATH, CONTENT_DIR, OUT_DIR and
 * QD_CARD_CACHE_DIR from the environment. Never throws: a refused setting is reported
 * and its default used, so that the build can report every problem at once.
 */
export function resolveSiteConfig(input: {
  file: SiteFileData | undefined;
  env: Environment;
  projectRoot: string;
  /** Where relative folders in the environment are resolved: the current directory. */
  cwd: string;
}): ResolvedSiteConfig {
  const { env, projectRoot, cwd } = input;
  const file = input.file ?? SITE_DEFAULTS;
  const problems: SettingProblem[] = [];

  let origin: Origin = { origin: PLACEHOLDER_SITE_URL, base: null };
  let placeholder = true;
  const fromEnv = env.SITE_URL?.trim();
  const given = fromEnv ? { setting: 'SITE_URL', value: fromEnv } : file.url ? { setting: 'url in site.yaml', value: file.url } : null;
  if (given) {
    const parsed = parseOrigin(given.value);
    if (parsed) {
      origin = parsed;
      placeholder = false;
    } else {
      problems.push({
        setting: given.setting,
        message: `must be an http(s) URL such as https://briefs.example.com (optionally with a path), got "${given.value}"`,
      });
    }
  }

  let base = origin.base ?? '/';
  const basePath = env.BASE_PATH?.trim();
  if (basePath) {
    const normalised = normaliseBase(basePath);
    if (origin.base && origin.base !== normalised) {
      problems.push({
        setting: 'BASE_PATH',
        message: `"${basePath}" contradicts the path of ${given!.setting} (${origin.base}): set the path in one place`,
      });
    } else if (!/^[\w\-./~%]*$/.test(basePath)) {
      problems.push({ setting: 'BASE_PATH', message: `must be a URL path such as /briefs/, got "${basePath}"` });
    } else {
      base = normalised;
    }
  }

  const folder = (value: string | undefined, fallback: string) => (value?.trim() ? path.resolve(cwd, value.trim()) : fallback);
  const contentDir = folder(env.CONTENT_DIR, path.join(projectRoot, 'content'));
  const config: SiteConfig = {
    name: file.name,
    tagline: file.tagline,
    description: file.description ?? file.tagline,
    language: file.language,
    ...(file.author ? { author: file.author } : {}),
    colors: file.colors,
    feedNoteLimit: file.feedNoteLimit,
    siteFeedNoteLimit: file.feedNoteLimit,
    homeLatestNotes: 8,
    url: origin.origin,
    urlIsPlaceholder: placeholder,
    base,
    contentDir,
    outDir: folder(env.OUT_DIR, path.join(projectRoot, 'dist')),
    cardCacheDir: folder(env.QD_CARD_CACHE_DIR, path.join(projectRoot, 'node_modules', '.cache', 'quarterdeck', 'cards', cacheName(contentDir))),
    astroCacheDir: folder(env.ASTRO_CACHE_DIR, path.join(projectRoot, 'node_modules', '.astro', cacheName(contentDir))),
  };
  return { config, problems };
}

/**
 * `<folder name>-<hash of its path>`: the caches' folder for one content folder. A build
 * prunes the card cache of what its site no longer shows, and Astro's content store holds
 * one folder's entries, so two content folders never share either.
 */
export function cacheName(contentDir: string): string {
  const id = createHash('sha256').update(contentDir).digest('hex').slice(0, 10);
  return `${path.basename(contentDir).replace(/[^\w-]/g, '_')}-${id}`;
}
