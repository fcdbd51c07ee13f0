/**
 * The sites the global setup builds, by name. Tests read their output from here;
 * nothing else in the suite runs `astro build` for a good corpus.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const outputRoot = path.join(projectRoot, 'tests', '.output');

export interface SiteSpec {
  /** Folder name under tests/.output/ */
  name: string;
  contentDir: string;
  basePath: string;
  siteUrl: string;
}

const fixtureContent = path.join(projectRoot, 'tests', 'fixtures', 'content');
const sampleContent = path.join(projectRoot, 'content');
const SITE_URL = 'https://briefs.example.org';

export const SITES = {
  /** The fixture corpus, checked page by page. */
  fixture: { name: 'fixture', contentDir: fixtureContent, basePath: '/', siteUrl: SITE_URL },
  /** The same corpus again: determinism, stable guids, card cache reuse. */
  fixtureRebuild: { name: 'fixture-rebuild', contentDir: fixtureContent, basePath: '/', siteUrl: SITE_URL },
  /** The fixture under a sub-path. */
  fixtureSubpath: { name: 'fixture-qd', contentDir: fixtureContent, basePath: '/qd/', siteUrl: SITE_URL },
  /** The shipped sample content, for browser tests and quality gates. */
  sample: { name: 'sample', contentDir: sampleContent, basePath: '/', siteUrl: SITE_URL },
  /** The sample content under a sub-path, for the link check. */
  sampleSubpath: { name: 'sample-qd', contentDir: sampleContent, basePath: '/qd/', siteUrl: SITE_URL },
} satisfies Record<string, SiteSpec>;

export type SiteName = keyof typeof SITES;

export function siteDist(name: SiteName): string {
  return path.join(outputRoot, SITES[name].name, 'dist');
}

export function siteLog(name: SiteName): string {
  return path.join(outputRoot, SITES[name].name, 'build.log');
}

/** Environment for building a site into its own folders, never touching dist/ or the dev caches. */
export function buildEnv(spec: SiteSpec, cardCacheDir: string): NodeJS.ProcessEnv {
  const dir = path.join(outputRoot, spec.name);
  // Vitest sets NODE_ENV=test, which would make Astro build in a non-production mode
  // (drafts shown); a build here must be the production build an editor gets.
  // The vitest process also carries Astro's/Vite's own env (SITE, BASE_URL, MODE, DEV, PROD, SSR,
  // put there when the components project loads Astro's Vite config). An inherited SITE or
  // BASE_URL wins over astro.config in the child build, so a /qd/ build linked to / and feeds
  // used the placeholder origin: never pass them on.
  const {
    NODE_ENV: _mode,
    VITEST: _vitest,
    VITEST_MODE: _vitestMode,
    SITE: _site,
    BASE_URL: _baseUrl,
    ASSETS_PREFIX: _assetsPrefix,
    MODE: _viteMode,
    DEV: _dev,
    PROD: _prod,
    SSR: _ssr,
    ...inherited
  } = process.env;
  return {
    ...inherited,
    NODE_ENV: 'production',
    CONTENT_DIR: spec.contentDir,
    BASE_PATH: spec.basePath,
    SITE_URL: spec.siteUrl,
    OUT_DIR: path.join(dir, 'dist'),
    ASTRO_CACHE_DIR: path.join(dir, 'astro-cache'),
    QD_CARD_CACHE_DIR: cardCacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
}
