/**
 * npm run bench: Quarterdeck's build on a generated corpus, against Hugo on the same notes.
 *
 *   npm run bench -- [--notes 1000] [--runs 1] [--json bench.json] [--keep] [--dir <parent>]
 *
 * 1. Generates a deterministic corpus (scripts/bench/model.ts → corpus.ts) in a temp
 *    folder, every file validated by the content schemas, then the whole folder by the
 *    build's own checks: a corpus with problems is not benchmarked.
 * 2. Writes the same notes as a Hugo site and times `hugo --quiet --destination` (median of
 *    3 runs) when hugo is on PATH.
 * 3. Builds with `node scripts/build.ts` in four scenarios (cold, warm, one-note edit,
 *    one-figure edit; scripts/bench/quarterdeck.ts), `--runs` builds each.
 * 4. Builds a bare Astro site of the same notes, cold and warm (astro-baseline.ts): Astro's
 *    own floor, apart from what Quarterdeck adds.
 * 5. Times what the cold build's fixed parts need of the CPU (floor.ts): the bare site's cold
 *    build, a sample of the site's cards drawn here, Pagefind over the built site.
 * 6. Prints a table (and `--json <file>` writes the same figures). Reports, never asserts.
 *
 * The temp folder (under node_modules/.cache/quarterdeck-bench/, or `--dir`) is removed at
 * the end unless `--keep` (or a build failed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems } from '../../src/lib/checks/check-content.ts';
import { collectionDir } from '../../src/lib/content/layout.ts';
import { timeAstroBaseline, writeAstroBaseline } from './astro-baseline.ts';
import { outputSize } from './build-figures.ts';
import { checkCorpus, writeCorpus } from './corpus.ts';
import { coldFloor, measureCardCpu, measurePagefindCpu, type ColdFloor } from './floor.ts';
import { HUGO_MISSING, hugoVersion, timeHugo, writeHugoSite, type HugoResult } from './hugo-site.ts';
import { GNU_TIME_MISSING, gnuTimeAvailable } from './measure.ts';
import { buildCorpusModel } from './model.ts';
import { BuildFailed, projectRoot, qdPaths, runScenarios } from './quarterdeck.ts';
import { baselineFigures, formatReport, hugoFigures, machineInfo, RSS_METHOD, scenarioFigures, type BenchReport } from './report.ts';

const HUGO_RUNS = 3;
const USAGE = 'usage: npm run bench -- [--notes N (1000)] [--runs N (1)] [--json <file>] [--keep] [--dir <parent folder>]';
/**
 * Where the temp folder goes by default: inside the project. Astro bundles a build whose
 * out dir lies outside its working directory into `<project>/.astro/.prerender/`, a folder
 * every such build shares, so an out-of-project benchmark and another build at the same
 * time break each other (ERR_MODULE_NOT_FOUND on a chunk). Inside the project, the bundle
 * stays in the build's own staging folder.
 */
const DEFAULT_PARENT = path.join(projectRoot, 'node_modules', '.cache', 'quarterdeck-bench');

const { values, positionals } = parseArgs({
  options: {
    notes: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '1' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
    dir: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowPositionals: true,
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
// The old spelling `notes=400` still works.
const legacy = positionals.map((arg) => /^notes=(\d+)$/.exec(arg)?.[1]).find(Boolean);
const unknown = positionals.filter((arg) => !/^notes=\d+$/.test(arg));
const wholeNumber = (name: string, text: string) => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a whole number ≥ 1, got "${text}"\n${USAGE}`);
    process.exit(2);
  }
  return value;
};
if (unknown.length) {
  console.error(`unexpected argument ${unknown.map((a) => `"${a}"`).join(', ')}\n${USAGE}`);
  process.exit(2);
}
const noteCount = wholeNumber('notes', legacy ?? values.notes);
const runs = wholeNumber('runs', values.runs);

const parent = path.resolve(values.dir ?? DEFAULT_PARENT);
fs.mkdirSync(parent, { recursive: true });
const work = fs.mkdtempSync(path.join(parent, 'run-'));
const paths = qdPaths(work);
let keep = values.keep;
console.log(`bench folder: ${work}`);

try {
  const model = buildCorpusModel({ notes: noteCount });
  const files = writeCorpus(paths.contentDir, model);
  const problems = await checkCorpus(paths.contentDir);
  if (problems.length) {
    console.error(formatProblems(problems, paths.contentDir));
    console.error('\nThe generated corpus has problems (a bug in scripts/bench/): not benchmarking it.');
    keep = true;
    process.exitCode = 1;
  } else {
    console.log(`corpus: ${files} files, no content problems`);

    let hugo: HugoResult | null = null;
    const version = hugoVersion();
    if (version) {
      const siteDir = path.join(work, 'hugo');
      writeHugoSite(siteDir, model);
      hugo = await timeHugo(siteDir, path.join(work, 'hugo-public'), HUGO_RUNS, version, paths.trashDir);
      console.log(`hugo: ${hugo.runs.map((run) => (run.wallMs / 1000).toFixed(2)).join(', ')} s`);
    } else {
      console.warn(HUGO_MISSING);
    }
    if (!gnuTimeAvailable()) console.warn(GNU_TIME_MISSING);

    const scenarios = await runScenarios(paths, model, runs, (name, index, run) => {
      console.log(`quarterdeck ${name} ${index + 1}/${runs}: ${(run.wallMs / 1000).toFixed(1)} s`);
    });
    const baselineRoot = path.join(work, 'astro-baseline');
    writeAstroBaseline({ root: baselineRoot, notesDir: collectionDir(paths.contentDir, 'notes') }, projectRoot);
    const baseline = await timeAstroBaseline(baselineRoot, projectRoot, runs, paths.trashDir);
    console.log(`bare Astro site: cold ${baseline.cold.map((run) => (run.wallMs / 1000).toFixed(1)).join(', ')} s, warm ${baseline.warm.map((run) => (run.wallMs / 1000).toFixed(1)).join(', ')} s`);
    const astroBaseline = baselineFigures(baseline);
    let floor: ColdFloor | null = null;
    if (astroBaseline.coldCpuMs !== null) {
      const card = await measureCardCpu(paths.contentDir);
      const pagefindCpuMs = await measurePagefindCpu(projectRoot, paths.outDir, path.join(work, 'pagefind-floor'));
      console.log(`floor: ${card.sampled} of ${card.cards} cards drawn, ${card.cpuMsPerCard.toFixed(1)} ms of CPU each; Pagefind ${pagefindCpuMs === null ? '–' : (pagefindCpuMs / 1000).toFixed(1)} s of CPU`);
      if (pagefindCpuMs !== null) floor = coldFloor({ astroCpuMs: astroBaseline.coldCpuMs, card, pagefindCpuMs });
    }
    const hugoReport = hugo ? hugoFigures(hugo) : { missing: HUGO_MISSING };
    const hugoMedian = 'medianMs' in hugoReport ? hugoReport.medianMs : null;
    const report: BenchReport = {
      machine: machineInfo(),
      corpus: {
        notes: model.notes.length,
        quarters: model.quarters.length,
        topics: model.topics.length,
        entityNames: model.entityNames.length,
        entityFiles: model.entityFiles.length,
        briefs: model.briefs.length,
        briefsWithPicks: model.briefs.filter((brief) => brief.numbers).length,
        files,
        dir: paths.contentDir,
      },
      rssMethod: RSS_METHOD,
      hugo: hugoReport,
      scenarios: scenarios.map((result) => scenarioFigures(result, hugoMedian)),
      astroBaseline,
      coldFloor: floor,
      output: outputSize(paths.outDir, model.editFigure.brief || model.briefs[0]!.slug, model.editNote),
    };
    console.log(`\n${formatReport(report)}`);
    if (values.json) {
      fs.writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
      console.log(`figures written to ${values.json}`);
    }
  }
} catch (error) {
  keep = true;
  process.exitCode = 1;
  if (error instanceof BuildFailed) console.error(`${error.outputTail}\n\nbench: ${error.message}`);
  else console.error(error);
} finally {
  fs.rmSync(paths.trashDir, { recursive: true, force: true });
  if (keep) console.log(`kept ${work}`);
  else fs.rmSync(work, { recursive: true, force: true });
}
