/**
 * The build's figures for machines (`QD_BUILD_REPORT=<file> npm run build`; the benchmark
 * reads it): pages, feeds, cards and where the time went. Astro's integrations run in the
 * build's own process and add their part to a file the build script names for them; the
 * routes, inside Astro's bundle, append each one's render time to a file beside it.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';

export interface BuildReport {
  pages: number;
  feeds: number;
  emails: number;
  cards: {
    /** Every card of the site. */
    total: number;
    /** Drawn in this build (on the worker threads, by the build script, or by an endpoint). */
    rendered: number;
    /** Taken from the card cache without drawing. */
    reused: number;
    /** Cache entries no card of the site uses any more, removed. */
    pruned: number;
    failed: number;
  };
  searchPages: number;
  /** Content files, and those the checks read afresh: the rest came from the check cache (src/lib/checks/check-cache.ts). */
  contentFiles: { total: number; checked: number };
  /**
   * Milliseconds per phase, in the order they start (see scripts/build.ts): the checks, the
   * cards' worker pre-pass, Astro's whole run and its parts (`astro: …`, from
   * src/integrations/build-phases.ts and the routes' render times), placing the cards, the
   * swap, the total. The card pre-pass runs beside Astro, so the phases add up to more than
   * the total.
   */
  phases: Record<string, number>;
}

/** The variable that names the file integrations add their part to. */
export const PARTIAL_REPORT_ENV = 'QD_ASTRO_REPORT';

/** What Astro's process adds: the card endpoints' work, the search index, its phases (ms). */
export interface AstroReport {
  /** The cards Astro's endpoints served, and their cache keys (for pruning to keep). */
  endpointCards: { rendered: number; reused: number; keys: string[] };
  searchPages: number;
  phases: Record<string, number>;
}

export function readPartialReport(file: string): Partial<AstroReport> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Partial<AstroReport>;
  } catch {
    return {};
  }
}

/** Adds fields to the partial report named by QD_ASTRO_REPORT, when there is one; phases add to the phases there. */
export function addToReport(part: Partial<AstroReport>, env: NodeJS.ProcessEnv = process.env): void {
  const file = env[PARTIAL_REPORT_ENV];
  if (!file) return;
  const before = readPartialReport(file);
  const phases = part.phases ? { phases: { ...before.phases, ...part.phases } } : {};
  writeFileSync(file, JSON.stringify({ ...before, ...part, ...phases }));
}

/** The file beside the partial report that the routes append their render times to. */
export const routeTimesFile = (partialReport: string) => `${partialReport}.routes`;

/**
 * One rendered route's time, appended as `phase ms` (a line a route: the routes run inside
 * Astro's bundle, whose module state the build cannot read). Nothing is written without a report.
 */
export function recordRouteTime(phase: string, ms: number, env: NodeJS.ProcessEnv = process.env): void {
  const file = env[PARTIAL_REPORT_ENV];
  if (file) appendFileSync(routeTimesFile(file), `${phase} ${ms.toFixed(2)}\n`);
}

/** The routes' render times summed by phase (ms), in the order each phase first appeared. */
export function readRouteTimes(partialReport: string): Record<string, number> {
  let text = '';
  try {
    text = readFileSync(routeTimesFile(partialReport), 'utf8');
  } catch {
    return {}; // no route rendered (every page came from Astro's cache)
  }
  const sums: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const cut = line.lastIndexOf(' ');
    if (cut <= 0) continue;
    const phase = line.slice(0, cut);
    sums[phase] = (sums[phase] ?? 0) + Number(line.slice(cut + 1));
  }
  return Object.fromEntries(Object.entries(sums).map(([phase, ms]) => [phase, Math.round(ms)]));
}

/**
 * Astro's phases for the build report, in the order they run: `startup` and `content` as the
 * hooks measured them (src/integrations/build-phases.ts); `generate` split into the routes'
 * own render times (`pages`, `feeds`, `emails`, `cards`, `files`: src/lib/build/route-phase.ts)
 * and the rest of it (`bundle, paths and writes`: bundling, the catalog, each route's paths,
 * writing the pages and copying cached ones); then the timed `astro:build:done` work (`sitemap`, `search index`).
 */
export function astroPhases(hooks: Record<string, number>, routes: Record<string, number>): Record<string, number> {
  const { startup, content, generate, ...afterwards } = hooks;
  const rendering = Object.values(routes).reduce((sum, ms) => sum + ms, 0);
  const phases: Record<string, number> = {};
  if (startup !== undefined) phases.startup = startup;
  if (content !== undefined) phases.content = content;
  if (generate !== undefined) phases['bundle, paths and writes'] = Math.max(0, generate - rendering);
  Object.assign(phases, routes, afterwards);
  return Object.fromEntries(Object.entries(phases).map(([name, ms]) => [`astro: ${name}`, ms]));
}
