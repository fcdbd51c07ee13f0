/**
 * The floor under a cold build on this machine: the CPU that the parts the stack fixes (SPEC
 * "Stack") need for this corpus, spread over every core with nothing ever waiting.
 *
 * - Astro building the notes: the bare Astro site's cold build (astro-baseline.ts), CPU time;
 * - satori, resvg and the PNG encoder drawing every card of the site: a sample of the site's
 *   own cards (an even spread over its kinds and quarters) drawn one at a time in this process,
 *   every thread of it counted, times the number of cards;
 * - Pagefind indexing the built site: its command line into a folder of its own, CPU time.
 *
 * Everything else a cold build does (feeds, email editions, briefs, topic and entity pages,
 * the checks) is left out, and so is any cost of sharing two cores. No cold build can take
 * less wall time than this, and a ratio to Hugo below the floor's cannot be met on this machine
 * by any change to Quarterdeck's own work.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { catalogCards } from '../../src/lib/cards/index.ts';
import { renderCard } from '../../src/lib/cards/render.ts';
import { SITE_DEFAULTS } from '../../src/lib/config/site-config.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { measure } from './measure.ts';

/** Cards drawn to time one. */
const CARD_SAMPLE = 60;

export interface CardCpu {
  /** Cards of the site (catalogCards: every page card). */
  cards: number;
  /** Cards drawn to measure. */
  sampled: number;
  /**
   * CPU time of one card, ms: satori, resvg and the PNG encoder, every thread. The sample is
   * drawn twice and the second round timed, so loading fonts (once per card worker in a build)
   * is left out, as a floor should.
   */
  cpuMsPerCard: number;
}

/** Every `step`-th item, `count` of them at most, spread over the whole list. */
export function evenSample<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)]!);
}

export async function measureCardCpu(contentDir: string, sampleSize = CARD_SAMPLE): Promise<CardCpu> {
  const { catalog, problems } = await loadContent(contentDir);
  if (!catalog) throw new Error(`the corpus has ${problems.length} content problem(s): no cards to time`);
  const models = catalogCards(catalog, SITE_DEFAULTS);
  const sample = evenSample(models, sampleSize);
  for (const model of sample) await renderCard(model);
  const before = process.cpuUsage();
  for (const model of sample) await renderCard(model);
  const used = process.cpuUsage(before);
  return { cards: models.length, sampled: sample.length, cpuMsPerCard: (used.user + used.system) / 1000 / sample.length };
}

/** Pagefind's CPU time for indexing `siteDir` into `outputDir` (its command line, as installed in the project). */
export async function measurePagefindCpu(projectRoot: string, siteDir: string, outputDir: string): Promise<number | null> {
  const packageDir = path.join(projectRoot, 'node_modules', 'pagefind');
  const { bin } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { bin: string | Record<string, string> };
  const script = path.join(packageDir, typeof bin === 'string' ? bin : bin.pagefind!);
  const run = await measure(process.execPath, [script, '--site', siteDir, '--output-path', outputDir]);
  if (run.status !== 0) throw new Error(`pagefind did not index the site (exit ${run.status}):\n${run.outputTail}`);
  return run.cpuMs;
}

export interface ColdFloor {
  cores: number;
  astroCpuMs: number;
  card: CardCpu;
  cardsCpuMs: number;
  pagefindCpuMs: number;
  totalCpuMs: number;
  /** The least wall time: all of it spread over every core. */
  wallMs: number;
}

export function coldFloor(parts: { astroCpuMs: number; card: CardCpu; pagefindCpuMs: number; cores?: number }): ColdFloor {
  const cores = parts.cores ?? os.availableParallelism();
  const cardsCpuMs = parts.card.cpuMsPerCard * parts.card.cards;
  const totalCpuMs = parts.astroCpuMs + cardsCpuMs + parts.pagefindCpuMs;
  return { cores, astroCpuMs: parts.astroCpuMs, card: parts.card, cardsCpuMs, pagefindCpuMs: parts.pagefindCpuMs, totalCpuMs, wallMs: totalCpuMs / cores };
}
