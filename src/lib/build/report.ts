/**
 * The build's figures for machines (`QD_BUILD_REPORT=<file> npm run build`; the benchmark
 * reads it): pages, feeds, cards and where the time went. Astro's integrations run in the
 * build's own process and add their part to a file the build script names for them.
 */
import { readFileSync, writeFileSync } from 'node:fs';

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
  /** Milliseconds per phase: `checks`, `cards` (the worker pre-pass), `astro`, `swap`, `total`. */
  phases: Record<string, number>;
}

/** The variable that names the file integrations add their part to. */
export const PARTIAL_REPORT_ENV = 'QD_ASTRO_REPORT';

/** What Astro's process adds: the card endpoints' work and the search index. */
export interface AstroReport {
  endpointCards: { rendered: number; reused: number };
  searchPages: number;
}

export function readPartialReport(file: string): Partial<AstroReport> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Partial<AstroReport>;
  } catch {
    return {};
  }
}

/** Adds fields to the partial report named by QD_ASTRO_REPORT, when there is one. */
export function addToReport(part: Partial<AstroReport>, env: NodeJS.ProcessEnv = process.env): void {
  const file = env[PARTIAL_REPORT_ENV];
  if (!file) return;
  writeFileSync(file, JSON.stringify({ ...readPartialReport(file), ...part }));
}
