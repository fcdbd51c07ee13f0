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
const incrementalContent = path.join(outputRoot, 'incremental-content', 'content');
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
  /**
   * A copy of the fixture built, then edited (one note's body and one figure), then built
   * again incrementally: its output must equal a clean build of the edited copy.
   */
  incremental: { name: 'incremental', contentDir: incrementalContent, basePath: '/', siteUrl: SITE_URL },
  /** The edited copy built from scratch (its own caches), to compare the incremental build with. */
  incrementalClean: { name: 'incremental-clean', contentDir: incrementalContent, basePath: '/', siteUrl: SITE_URL },
} satisfies Record<string, SiteSpec>;

/**
 * A body touched up in another note, built between the first build and the edit: no page comes
 * or goes, so that build's search index is the previous site's, updated (search-index.ts).
 */
export const INCREMENTAL_TOUCH = {
  file: 'notes/2025/fixture-q2-open.md',
  edit: (text: string) => text.replace('A short body.', 'A short body, touched up between two builds.'),
};

/** The note the incremental scenario edits, and what it changes. */
export const INCREMENTAL_EDIT = {
  file: 'notes/2024/fixture-capex-q4.md',
  slug: 'fixture-capex-q4',
  edit: (text: string) => text.replace("Fixture Corp's plan is *large*.", "Fixture Corp's plan is *larger than last year's*.").replace('value: 39.2', 'value: 41.5'),
  /** A note only the first build has: the edit deletes it, so its page must leave the site. */
  deleted: {
    file: 'notes/2024/fixture-capex-follow-up.md',
    slug: 'fixture-capex-follow-up',
    text: [
      '---',
      'title: Fixture Corp confirms its capex plan',
      'date: 2024-11-20',
      'summary: A follow-up that the edit deletes again.',
      'topics: [ai-capex]',
      'entities: [Fixture Corp]',
      'source:',
      '  title: Fixture Corp confirms',
      '  publisher: Example Wire',
      '  url: https://example.com/fixture-capex-follow-up',
      '---',
      'The plan stands.',
      '',
    ].join('\n'),
  },
};

export type SiteName = keyof typeof SITES;

export function siteDist(name: SiteName): string {
  return path.join(outputRoot, SITES[name].name, 'dist');
}

/** The machine-readable report of the site's (last) build: src/lib/build/report.ts. */
export function siteReport(name: SiteName): string {
  return path.join(outputRoot, SITES[name].name, 'report.json');
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
    QD_BUILD_REPORT: path.join(dir, 'report.json'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
}
