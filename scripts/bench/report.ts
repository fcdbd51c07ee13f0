/**
 * The benchmark's figures as one object (written by `--json <file>`) and as the table
 * printed at the end. Reports, never asserts.
 */
import os from 'node:os';
import type { BaselineResult } from './astro-baseline.ts';
import type { BuildFigures, OutputSize } from './build-figures.ts';
import type { ColdFloor } from './floor.ts';
import type { PageWeight } from './page-weight.ts';
import type { HugoResult } from './hugo-site.ts';
import { median, medianRun } from './measure.ts';
import type { ScenarioResult } from './quarterdeck.ts';

export const RSS_METHOD =
  'peak RSS = GNU time %M: the largest peak of any single process of the build tree, build.ts or its `astro build` child (Linux reports max(own peak, the peaks of reaped children), never a sum); ' +
  'tree = the sum of VmRSS over the whole tree, sampled every 100 ms through /proc (parent and child together)';

/** A scenario's figures: the build's own (from the run with the median wall time) and the timings. */
export type ScenarioFigures = Omit<BuildFigures, 'source'> & {
  name: string;
  runs: number;
  /** Median wall time of the runs. */
  wallMs: number;
  wallMsRuns: number[];
  /** CPU time of the run with the median wall time (GNU time), ms. */
  cpuMs: number | null;
  ratioToHugo: number | null;
  /** Where the build's figures came from. */
  figures: BuildFigures['source'];
  msPerPage: number | null;
  maxRssMiB: number | null;
  treePeakMiB: number | null;
  change: string;
};

export interface BenchReport {
  machine: { cores: number; cpu: string; memoryGiB: number; node: string; platform: string };
  corpus: {
    notes: number;
    quarters: number;
    topics: number;
    entityNames: number;
    entityFiles: number;
    briefs: number;
    briefsWithPicks: number;
    files: number;
    dir: string;
  };
  rssMethod: string;
  hugo:
    | { version: string; medianMs: number; wallMsRuns: number[]; pages: number; feeds: number; maxRssMiB: number | null; treePeakMiB: number | null; totalBytes: number }
    | { missing: string };
  scenarios: ScenarioFigures[];
  /** A bare Astro site of the same notes (astro-baseline.ts): Astro's own floor. */
  astroBaseline: { coldMs: number; warmMs: number; coldCpuMs: number | null; pages: number } | null;
  /** The least a cold build could take here (floor.ts); null when a part of it could not be measured. */
  coldFloor: ColdFloor | null;
  output: OutputSize;
}

const mib = (kib: number | null) => (kib === null ? null : Math.round((kib / 1024) * 10) / 10);

export function machineInfo(): BenchReport['machine'] {
  return {
    cores: os.availableParallelism(),
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

/** Median cold and warm wall time of the bare Astro site, and the CPU time of its median cold build. */
export function baselineFigures(result: BaselineResult): NonNullable<BenchReport['astroBaseline']> {
  return {
    coldMs: median(result.cold.map((run) => run.wallMs)),
    warmMs: median(result.warm.map((run) => run.wallMs)),
    coldCpuMs: medianRun(result.cold).cpuMs,
    pages: result.pages,
  };
}

/** `Astro alone (…): cold 7.8 s (15.3× Hugo), warm 3.9 s (7.6× Hugo), 1000 pages`. */
export function formatBaseline(baseline: BenchReport['astroBaseline'], hugoMedianMs: number | null): string {
  if (!baseline) return 'Astro alone: not measured';
  const times = (ms: number) => `${(ms / 1000).toFixed(1)} s${hugoMedianMs ? ` (${(ms / hugoMedianMs).toFixed(1)}× Hugo)` : ''}`;
  return `Astro alone (a bare Astro site of the same notes: one page per note with its Markdown, the same content layer, Markdown processor and incremental build, nothing else): cold ${times(baseline.coldMs)}, warm ${times(baseline.warmMs)}, ${baseline.pages} pages`;
}

export function hugoFigures(hugo: HugoResult): BenchReport['hugo'] {
  const middle = medianRun(hugo.runs);
  return {
    version: hugo.version,
    medianMs: median(hugo.runs.map((run) => run.wallMs)),
    wallMsRuns: hugo.runs.map((run) => run.wallMs),
    pages: hugo.pages,
    feeds: hugo.feeds,
    maxRssMiB: mib(middle.maxRssKiB),
    treePeakMiB: mib(middle.treePeakKiB),
    totalBytes: hugo.totalBytes,
  };
}

export function scenarioFigures(result: ScenarioResult, hugoMedianMs: number | null): ScenarioFigures {
  const run = medianRun(result.runs);
  const wallMs = median(result.runs.map((r) => r.wallMs));
  return {
    name: result.name,
    runs: result.runs.length,
    wallMs,
    wallMsRuns: result.runs.map((r) => r.wallMs),
    cpuMs: run.cpuMs,
    ratioToHugo: hugoMedianMs ? wallMs / hugoMedianMs : null,
    figures: run.source,
    pages: run.pages,
    feeds: run.feeds,
    cardsRendered: run.cardsRendered,
    cardsReused: run.cardsReused,
    searchPages: run.searchPages,
    contentFiles: run.contentFiles,
    msPerPage: run.pages ? wallMs / run.pages : null,
    maxRssMiB: mib(run.maxRssKiB),
    treePeakMiB: mib(run.treePeakKiB),
    phases: run.phases,
    change: run.change,
  };
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const fixed = (value: number | null, digits: number) => (value === null ? '–' : value.toFixed(digits));
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
/** `brief briefs/x/index.html: 70.1 KiB (gzip 9.9 KiB) + CSS 14.2 KiB (gzip 4.2 KiB) = 84.3 KiB (gzip 14.1 KiB)`, and what the HTML carries. */
export function formatPage(label: string, page: PageWeight | null): string {
  if (!page) return `${label}: not found`;
  const { css, anatomy } = page;
  const sum = `${kib(page.bytes + css.bytes)} (gzip ${kib(page.gzipBytes + css.gzipBytes)})`;
  return (
    `${label} ${page.file}: ${kib(page.bytes)} (gzip ${kib(page.gzipBytes)}) + CSS ${kib(css.bytes)} in ${css.files} file${css.files === 1 ? '' : 's'} (gzip ${kib(css.gzipBytes)}) = ${sum}; ` +
    `its HTML is text ${kib(anatomy.text)}, link addresses ${kib(anatomy.addresses)}, JSON-LD ${kib(anatomy.jsonLd)}, markup ${kib(anatomy.markup)} (of which class and data- attributes ${kib(anatomy.hooks)}, ARIA attributes ${kib(anatomy.aria)}); ` +
    `with the same content it could not weigh less than ${kib(page.floor)} (bare tags, only the attributes that carry content)`
  );
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * `floor (cold): … 36.5 s of CPU, at least 18.3 s on 2 cores (35.1× Hugo) …; the cold build used 47.2 s of CPU (1.9 cores busy)`.
 */
export function formatColdFloor(floor: ColdFloor | null, hugoMedianMs: number | null, cold: ScenarioFigures | undefined): string {
  if (!floor) return 'floor (cold): not measured (it needs GNU time and a cold build)';
  const ratio = hugoMedianMs ? ` (${(floor.wallMs / hugoMedianMs).toFixed(1)}× Hugo)` : '';
  const used = cold?.cpuMs ? `; the cold build used ${seconds(cold.cpuMs)} of CPU (${(cold.cpuMs / cold.wallMs).toFixed(1)} cores busy)` : '';
  return (
    `floor (cold): the parts the stack fixes, on ${floor.cores} core${floor.cores === 1 ? '' : 's'} with nothing waiting: ` +
    `the bare Astro site ${seconds(floor.astroCpuMs)} of CPU, ${floor.card.cards} cards × ${floor.card.cpuMsPerCard.toFixed(1)} ms of CPU (${floor.card.sampled} of them drawn to time it) = ${seconds(floor.cardsCpuMs)}, ` +
    `Pagefind ${seconds(floor.pagefindCpuMs)}: ${seconds(floor.totalCpuMs)} of CPU, so at least ${seconds(floor.wallMs)}${ratio} before any feed, email, brief, topic or entity page or check${used}`
  );
}

/** `checks 1.2 s, cards 20.1 s, astro 24.0 s (startup 1.1 s, content 3.5 s, …), …`: Astro's parts inside its own phase. */
export function formatPhases(phases: Record<string, number>): string {
  const parts = Object.entries(phases).filter(([name]) => name.startsWith('astro: '));
  const inside = parts.map(([name, ms]) => `${name.slice('astro: '.length)} ${seconds(ms)}`).join(', ');
  return Object.entries(phases)
    .filter(([name]) => !name.startsWith('astro: '))
    .map(([name, ms]) => `${name} ${seconds(ms)}${name === 'astro' && inside ? ` (${inside})` : ''}`)
    .join(', ');
}

export function formatReport(report: BenchReport): string {
  const { corpus, machine, hugo } = report;
  const runs = report.scenarios[0]?.runs ?? 1;
  const lines = [
    `corpus: ${corpus.notes} notes over ${corpus.quarters} quarters, ${corpus.topics} topics, ${corpus.entityNames} entity names (${corpus.entityFiles} entity files), ${corpus.briefs} briefs (${corpus.briefsWithPicks} with numbers picks); ${corpus.files} files`,
    `machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.platform}`,
    '',
    table(
      ['scenario', runs > 1 ? `wall s (median of ${runs})` : 'wall s', 'CPU s', '× Hugo', 'pages', 'cards rendered/reused', 'feeds', 'ms/page', 'peak RSS MiB', 'tree MiB', 'figures'],
      report.scenarios.map((s) => [
        s.name,
        fixed(s.wallMs / 1000, 1),
        fixed(s.cpuMs === null ? null : s.cpuMs / 1000, 1),
        s.ratioToHugo === null ? '–' : `${s.ratioToHugo.toFixed(1)}×`,
        String(s.pages),
        `${s.cardsRendered}/${s.cardsReused}`,
        String(s.feeds),
        fixed(s.msPerPage, 1),
        fixed(s.maxRssMiB, 0),
        fixed(s.treePeakMiB, 0),
        s.figures === 'report' ? 'report' : '(counted)',
      ]),
    ),
    '',
    'missing' in hugo
      ? `Hugo: ${hugo.missing}`
      : `Hugo (${hugo.version.split(' ').slice(0, 2).join(' ')}): median ${(hugo.medianMs / 1000).toFixed(2)} s of ${hugo.wallMsRuns.length} runs (${hugo.wallMsRuns.map((ms) => (ms / 1000).toFixed(2)).join(', ')}), ${hugo.pages} pages, ${hugo.feeds} feeds, peak RSS ${fixed(hugo.maxRssMiB, 0)} MiB, output ${mb(hugo.totalBytes)}`,
    `output (Quarterdeck, after the last build): total ${mb(report.output.totalBytes)} in ${report.output.files} files, HTML ${mb(report.output.htmlBytes)} in ${report.output.htmlPages} pages`,
    formatBaseline(report.astroBaseline, 'medianMs' in hugo ? hugo.medianMs : null),
    formatColdFloor(report.coldFloor, 'medianMs' in hugo ? hugo.medianMs : null, report.scenarios.find((s) => s.name === 'cold')),
    formatPage('brief', report.output.brief),
    formatPage('note', report.output.note),
  ];
  for (const s of report.scenarios) {
    if (!s.phases) continue;
    const searched = s.searchPages !== null ? `; search index ${s.searchPages} pages` : '';
    const checked = s.contentFiles ? `; content files checked afresh ${s.contentFiles.checked} of ${s.contentFiles.total}` : '';
    lines.push(`phases (${s.name}): ${formatPhases(s.phases)}${searched}${checked}`);
  }
  if (report.scenarios.some((s) => s.figures === 'counted')) {
    lines.push(
      '(counted): the build wrote no report to QD_BUILD_REPORT, so pages = web pages in the out dir (no email editions), feeds = rss.xml files, cards = PNGs under og/ (rendered = new card-cache entries)',
    );
  }
  lines.push(`RSS: ${report.rssMethod}; CPU s = GNU time %U + %S of the run with the median wall time (the whole tree, threads included)`);
  for (const s of report.scenarios) if (s.name !== 'cold' && s.name !== 'warm') lines.push(`${s.name}: ${s.change}`);
  return lines.join('\n');
}
