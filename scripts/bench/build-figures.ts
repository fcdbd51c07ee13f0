/**
 * What a Quarterdeck build made. The build writes a JSON report to QD_BUILD_REPORT when it
 * succeeds: `{ pages, feeds, cards: { rendered, reused, … }, searchPages, contentFiles, phases: { name: ms } }`
 * (src/lib/build/report.ts; fields beyond these are ignored, so the report may grow).
 * Without one (a build from before the report existed), the figures are counted from the
 * files instead, marked "(counted)": pages = web pages (HTML that is not an email
 * edition), feeds = `rss.xml` files, cards = PNGs under `og/`, of which "rendered" = card
 * cache entries that did not exist before the build. The build's log is never read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { countOutput as countPagesAndFeeds } from '../../src/lib/build/output.ts';
import { isWebPage } from '../../src/lib/paths.ts';
import { pageWeight, type PageWeight } from './page-weight.ts';

const count = z.number().int().min(0);
const reportSchema = z.object({
  pages: count,
  feeds: count,
  cards: z.object({ rendered: count, reused: count }),
  searchPages: count.optional(),
  contentFiles: z.object({ total: count, checked: count }).optional(),
  phases: z.record(z.string(), z.number()).optional(),
});

export interface BuildFigures {
  source: 'report' | 'counted';
  pages: number;
  feeds: number;
  cardsRendered: number;
  cardsReused: number;
  searchPages: number | null;
  /** Content files, and those the checks read afresh (the rest were in the check cache). */
  contentFiles: { total: number; checked: number } | null;
  phases: Record<string, number> | null;
}

/** The build's report, or null when there is none; a malformed one is a warning, then null. */
export function readBuildReport(file: string, warn: (message: string) => void = console.warn): BuildFigures | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  let parsed;
  try {
    parsed = reportSchema.safeParse(JSON.parse(text));
  } catch (error) {
    warn(`bench: the build report ${file} is not JSON (${(error as Error).message}); counting files instead`);
    return null;
  }
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    warn(`bench: the build report ${file} has an unexpected shape (${issues}); counting files instead`);
    return null;
  }
  const report = parsed.data;
  return {
    source: 'report',
    pages: report.pages,
    feeds: report.feeds,
    cardsRendered: report.cards.rendered,
    cardsReused: report.cards.reused,
    searchPages: report.searchPages ?? null,
    contentFiles: report.contentFiles ?? null,
    phases: report.phases ?? null,
  };
}

/** Every file under `dir`, relative, with `/`. */
export function listFiles(dir: string): string[] {
  try {
    return (fs.readdirSync(dir, { recursive: true }) as string[])
      .map((rel) => rel.split(path.sep).join('/'))
      .filter((rel) => fs.statSync(path.join(dir, rel)).isFile());
  } catch {
    return [];
  }
}

/** The card cache's entries (`<sha256>.png`). */
export function cacheEntries(dir: string): Set<string> {
  try {
    return new Set(fs.readdirSync(dir).filter((name) => /^[0-9a-f]{64}\.png$/.test(name)));
  } catch {
    return new Set();
  }
}

export function countOutput(outDir: string, cacheDir: string, cacheBefore: ReadonlySet<string>): BuildFigures {
  const files = listFiles(outDir);
  const cards = files.filter((rel) => rel.startsWith('og/') && rel.endsWith('.png')).length;
  const rendered = [...cacheEntries(cacheDir)].filter((name) => !cacheBefore.has(name)).length;
  const { pages, feeds } = countPagesAndFeeds(outDir);
  return {
    source: 'counted',
    pages,
    feeds,
    cardsRendered: Math.min(rendered, cards),
    cardsReused: Math.max(0, cards - rendered),
    searchPages: null,
    contentFiles: null,
    phases: null,
  };
}

export interface OutputSize {
  brief: PageWeight | null;
  note: PageWeight | null;
  files: number;
  totalBytes: number;
  htmlPages: number;
  htmlBytes: number;
}

/** One brief page and one note page with their stylesheets (page-weight.ts), and the whole output folder. */
export function outputSize(outDir: string, briefSlug: string, noteSlug: string): OutputSize {
  const files = listFiles(outDir);
  let totalBytes = 0;
  let htmlBytes = 0;
  let htmlPages = 0;
  for (const rel of files) {
    const size = fs.statSync(path.join(outDir, rel)).size;
    totalBytes += size;
    if (isWebPage(rel)) {
      htmlPages++;
      htmlBytes += size;
    }
  }
  return {
    brief: pageWeight(outDir, `briefs/${briefSlug}/index.html`),
    note: pageWeight(outDir, `notes/${noteSlug}/index.html`),
    files: files.length,
    totalBytes,
    htmlPages,
    htmlBytes,
  };
}
