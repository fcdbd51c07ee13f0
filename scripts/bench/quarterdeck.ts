/**
 * Quarterdeck's side of the benchmark: its real build command (`node scripts/build.ts`)
 * on the generated corpus, every folder inside the benchmark's temp folder, in four
 * scenarios run in this order:
 *
 *   cold             no out dir (nor .dist.staging/.previous), Astro cache, card cache or
 *                    Node's compile cache of the build's code (set aside before each run)
 *   warm             nothing changed since the previous build
 *   one-note edit    one note's body text changed (a new sentence each run)
 *   one-figure edit  one figure's value changed, in a note a brief's `numbers` pick and
 *                    whose entity's chart shows the series (a new value each run)
 *
 * The edits stay in place: each scenario starts from what the previous one left.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheEntries, countOutput, readBuildReport, type BuildFigures } from './build-figures.ts';
import { writeNote } from './corpus.ts';
import { measure, type Measured } from './measure.ts';
import { setAside } from './set-aside.ts';
import { withEditedBody, withEditedFigure, type CorpusModel } from './model.ts';

export const projectRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const buildScript = path.join(projectRoot, 'scripts', 'build.ts');

export interface QdPaths {
  contentDir: string;
  outDir: string;
  astroCacheDir: string;
  cardCacheDir: string;
  compileCacheDir: string;
  reportFile: string;
  /** Where a cold build's predecessors go (set-aside.ts). */
  trashDir: string;
}

export function qdPaths(work: string): QdPaths {
  return {
    contentDir: path.join(work, 'content'),
    outDir: path.join(work, 'dist'),
    astroCacheDir: path.join(work, 'astro-cache'),
    cardCacheDir: path.join(work, 'card-cache'),
    compileCacheDir: path.join(work, 'compile-cache'),
    trashDir: path.join(work, 'set-aside'),
    reportFile: path.join(work, 'build-report.json'),
  };
}

/** The build's environment: the caller's, with every folder pointed into the temp folder. */
export function qdEnv(paths: QdPaths, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...base,
    CONTENT_DIR: paths.contentDir,
    OUT_DIR: paths.outDir,
    ASTRO_CACHE_DIR: paths.astroCacheDir,
    QD_CARD_CACHE_DIR: paths.cardCacheDir,
    QD_COMPILE_CACHE_DIR: paths.compileCacheDir,
    QD_BUILD_REPORT: paths.reportFile,
    SITE_URL: 'https://bench.example',
    NODE_ENV: 'production',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  // Settings of the caller's own builds that would change what is measured.
  for (const name of ['BASE_PATH', 'QD_CONTENT_CHECKED', 'QD_CARD_USAGE_LOG', 'NODE_COMPILE_CACHE']) delete env[name];
  return env;
}

export type ScenarioName = 'cold' | 'warm' | 'one-note edit' | 'one-figure edit';
export const SCENARIOS: readonly ScenarioName[] = ['cold', 'warm', 'one-note edit', 'one-figure edit'];

export interface QdRun extends Measured, BuildFigures {
  /** What the run changed before building, for the JSON. */
  change: string;
}

export interface ScenarioResult {
  name: ScenarioName;
  runs: QdRun[];
}

export class BuildFailed extends Error {
  readonly outputTail: string;
  constructor(message: string, outputTail: string) {
    super(message);
    this.outputTail = outputTail;
  }
}

export async function buildOnce(paths: QdPaths, change: string): Promise<QdRun> {
  fs.rmSync(paths.reportFile, { force: true });
  const cacheBefore = cacheEntries(paths.cardCacheDir);
  const measured = await measure(process.execPath, [buildScript], { cwd: projectRoot, env: qdEnv(paths) });
  if (measured.status !== 0) throw new BuildFailed(`the Quarterdeck build failed (exit ${measured.status}) after: ${change}`, measured.outputTail);
  const figures = readBuildReport(paths.reportFile) ?? countOutput(paths.outDir, paths.cardCacheDir, cacheBefore);
  return { ...measured, ...figures, change };
}

/** Sets aside (set-aside.ts) everything a build leaves for the next one: the out dir and its siblings (`.dist.staging`, `.dist.previous`), the caches. */
export function clearBuildState(paths: QdPaths): void {
  const parent = path.dirname(paths.outDir);
  const siblings = fs.readdirSync(parent).filter((name) => name.startsWith(`.${path.basename(paths.outDir)}.`));
  for (const dir of [paths.outDir, ...siblings.map((name) => path.join(parent, name)), paths.astroCacheDir, paths.cardCacheDir, paths.compileCacheDir]) {
    setAside(dir, paths.trashDir);
  }
  fs.rmSync(paths.reportFile, { force: true });
}

/**
 * Runs the scenarios, `runs` builds each. The model's notes are updated in place by the
 * edits, so the caller's model keeps describing what is on disk.
 */
export async function runScenarios(
  paths: QdPaths,
  model: CorpusModel,
  runs: number,
  onRun: (scenario: ScenarioName, index: number, run: QdRun) => void = () => {},
): Promise<ScenarioResult[]> {
  const noteIndex = (slug: string) => model.notes.findIndex((note) => note.slug === slug);
  const steps: Record<ScenarioName, (run: number) => string> = {
    cold: () => {
      clearBuildState(paths);
      return 'set aside the out dir (and its staging and previous copies), the Astro cache, the card cache and the compile cache';
    },
    warm: () => 'nothing',
    'one-note edit': (run) => {
      const i = noteIndex(model.editNote);
      model.notes[i] = withEditedBody(model.notes[i]!, run);
      return `added a sentence to the body of ${writeNote(paths.contentDir, model.notes[i]!)}`;
    },
    'one-figure edit': (run) => {
      const { note, figure } = model.editFigure;
      const i = noteIndex(note);
      const before = model.notes[i]!.figures[figure];
      model.notes[i] = withEditedFigure(model.notes[i]!, figure, run);
      const after = model.notes[i]!.figures[figure];
      const rel = writeNote(paths.contentDir, model.notes[i]!);
      return before && after ? `${rel}: figures[${figure}] "${before.label}" ${before.value} → ${after.value}` : `${rel}: no figure to change`;
    },
  };
  const results: ScenarioResult[] = [];
  for (const name of SCENARIOS) {
    const result: ScenarioResult = { name, runs: [] };
    for (let run = 0; run < runs; run++) {
      const change = steps[name](run);
      const measured = await buildOnce(paths, change);
      result.runs.push(measured);
      onRun(name, run, measured);
    }
    results.push(result);
  }
  return results;
}
