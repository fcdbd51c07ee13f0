/**
 * Builds the site: `npm run build` (through scripts/build.ts, which turns on Node's compile cache first).
 *
 *   1. The settings and the content are checked while Astro starts up (each file's own
 *      findings kept from the last build when its bytes are the same: check-cache.ts). Any
 *      problem is printed as one list, one line each (file, line, field, what to do); Astro
 *      is stopped, nothing is built, exit 1.
 *   2. Astro builds the pages into a staging folder beside OUT_DIR (default ./dist), which
 *      starts with the current site's pages linked in for Astro to reuse
 *      (src/lib/build/prelinked-staging.ts), while worker threads draw the social cards into
 *      the card cache; the page cards are then linked from the cache into the staging folder
 *      (src/lib/build/card-output.ts).
 *   3. Only a build that succeeds replaces OUT_DIR; a failed one is discarded, so the
 *      previous site stays byte for byte as it was. Nothing is ever written into content/.
 *
 * QD_BUILD_REPORT=<file> writes the build's figures as JSON (src/lib/build/report.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARDS_PLACED_BY_BUILD_ENV, CODE_VERSION_ENV, PAGES_WRITTEN_MESSAGE, SEARCH_BY_BUILD_ENV, STAGED_BUILD_ENV, astroEnv } from '../../src/lib/build/astro-env.ts';
import { codeVersion } from '../../src/lib/build/code-version.ts';
import { PARTIAL_REPORT_ENV, astroPhases, readPartialReport, readRouteTimes, type BuildReport } from '../../src/lib/build/report.ts';
import { PRELINKED_ENV, prelinkStaging, stampSite, writePrelinked } from '../../src/lib/build/prelinked-staging.ts';

const projectRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const astroBin = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
const started = performance.now();
const buildStartedAt = Date.now();
const since = (from: number) => Math.round(performance.now() - from);

const scratch = mkdtempSync(path.join(os.tmpdir(), 'quarterdeck-build-'));
const partialReport = path.join(scratch, 'report.json');
const prelinked = path.join(scratch, 'prelinked.json');
// What this build's caches are kept under: an edit to the code (or the libraries) starts them afresh.
const version = codeVersion(projectRoot, ['src']);

// Astro starts first, before this script loads the settings: its startup is the build's longest
// wait. It writes into the staging folder (astro.config.mjs) once this script has prepared it
// (waitForPrelinked); what it prints is held until the checks have passed.
const astro = spawn(process.execPath, [astroBin, 'build', ...process.argv.slice(2)], {
  cwd: projectRoot,
  env: astroEnv(process.env, {
    [STAGED_BUILD_ENV]: '1',
    // The checks run here; Astro's own check step (src/integrations/content-checks.ts) skips them.
    QD_CONTENT_CHECKED: '1',
    [CARDS_PLACED_BY_BUILD_ENV]: '1',
    // The search index is written here, after Astro: it can start on the site being replaced meanwhile.
    [SEARCH_BY_BUILD_ENV]: '1',
    [PARTIAL_REPORT_ENV]: partialReport,
    [PRELINKED_ENV]: prelinked,
    [CODE_VERSION_ENV]: version,
  }),
  // The channel carries one message: Astro's output is complete (PAGES_WRITTEN_MESSAGE).
  stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
});
// However this script ends, Astro ends with it: an Astro left behind would wait for cards forever.
process.on('exit', () => {
  if (astro.exitCode === null && astro.signalCode === null) astro.kill('SIGTERM');
});
const astroStarted = performance.now();
let held: Buffer[] | null = [];
astro.stdout!.on('data', (chunk: Buffer) => (held ? held.push(chunk) : process.stdout.write(chunk)));
// Astro's errors are held back: one traced to a content file is said in the editor's terms instead.
let errors = '';
astro.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
const astroDone: Promise<number> = new Promise((resolve) => astro.on('close', (code) => resolve(code ?? 1)));
const pagesWritten: Promise<void> = new Promise((resolve) => astro.on('message', (message) => message === PAGES_WRITTEN_MESSAGE && resolve()));

// The settings (and the YAML and Zod they load) are read while Astro starts.
const [{ discardStaging, prepareStaging, promoteStaging }, { formatSettingProblems }, { PLACEHOLDER_SITE_URL }, { settingProblems, siteConfig }] =
  await Promise.all([
    import('../../src/lib/build/staged-output.ts'),
    import('../../src/lib/checks/format.ts'),
    import('../../src/lib/config/site-config.ts'),
    import('../../src/site.ts'),
  ]);

if (settingProblems.length > 0) {
  rmSync(scratch, { recursive: true, force: true });
  console.error(formatSettingProblems(settingProblems));
  process.exit(1);
}

const { outDir, contentDir } = siteConfig;
const shownOut = path.relative(process.cwd(), outDir) || '.';
const { staging, cleared } = prepareStaging(outDir);
const prelinkStarted = performance.now();
const { astroCacheDir } = siteConfig;
const linked = prelinkStaging({ outDir, staging, astroCacheDir });
writePrelinked(prelinked, { outDir, staging, astroCacheDir, linked });
const prelinkMs = since(prelinkStarted);

/** The search index being written, once it has started (writeIndex, below). */
let searching: ReturnType<typeof writeIndex> | null = null;

/** A failed build leaves nothing behind: the staging folder and the scratch files go, dist/ stays. */
async function abandonBuild(): Promise<void> {
  await stopSearchIndex();
  await searching;
  await cleared;
  discardStaging(outDir);
  rmSync(scratch, { recursive: true, force: true });
}

/** A step after Astro's failed: nothing is swapped in, the site stays as it was. */
async function failAfterAstro(what: string, error: unknown): Promise<never> {
  await abandonBuild();
  console.error(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`\nThe build failed; ${shownOut}/ was left as it was.`);
  process.exit(1);
}

// What the checks and the cards need (YAML, Markdown, satori, sharp) loads while Astro starts.
const [{ formatProblems, inspectContent, placeholderUrlWarning }, { checkCacheFile, loadCheckCache, saveCheckCache }, { installedPagefindVersion, startEarlyIndex, stopSearchIndex, writeSearchIndex }, { feedItemKeys }, { keptItemsDir, pruneKeptItems }, { buildCatalog }, { catalogInput, parseEntries }, { prerenderCards }, { placeCards }, { catalogCards, pruneCards }, { explainBuildFailure }, { countOutput }] =
  await Promise.all([
    import('../../src/lib/checks/check-content.ts'),
    import('../../src/lib/checks/check-cache.ts'),
    import('../../src/lib/build/search-index.ts'),
    import('../../src/lib/feeds/item-key.ts'),
    import('../../src/lib/feeds/kept-items.ts'),
    import('../../src/lib/catalog/index.ts'),
    import('../../src/lib/content/load.ts'),
    import('../../src/lib/build/card-prepass.ts'),
    import('../../src/lib/build/card-output.ts'),
    import('../../src/lib/cards/index.ts'),
    import('../../src/lib/build/failure.ts'),
    import('../../src/lib/build/output.ts'),
  ]);

const checksStarted = performance.now();
const checkCache = loadCheckCache(checkCacheFile(astroCacheDir), version);
const { problems, files } = await inspectContent(contentDir, checkCache);
saveCheckCache(checkCacheFile(astroCacheDir), checkCache);
const checksMs = since(checksStarted);
if (problems.length > 0) {
  astro.kill('SIGTERM');
  await astroDone;
  await abandonBuild();
  console.error(formatProblems(problems, contentDir));
  console.error('\nNothing was built. Fix the lines above and build again (`npm run lint:content` checks without building).');
  process.exit(1);
}
/**
 * Pagefind's process inherits this thread's priority: lowered first (nice 10), it reads the
 * previous site on the core Astro leaves idle instead of taking turns with Astro, which is what
 * the build waits for. One-note edit 5.45 -> 5.20 s (8 pairs). This script has nothing urgent
 * left until Astro is done, and a non-root user could not raise it back anyway.
 */
function startEarlyIndexNiced() {
  try {
    os.setPriority(10);
  } catch {
    // not allowed: Pagefind runs at this script's priority
  }
  return startEarlyIndex(outDir, siteConfig.language);
}
// Content changed since the site being replaced was built: its pages are read into a search
// index now, on the other core, and the build adds again only the pages Astro rewrites.
const contentChanged = checkCache.misses > 0 || checkCache.current.size !== checkCache.kept.size;
const earlyIndex = linked.length > 0 && contentChanged ? startEarlyIndexNiced() : undefined;
if (siteConfig.urlIsPlaceholder) console.warn(`warning: ${placeholderUrlWarning(PLACEHOLDER_SITE_URL)}`);
for (const chunk of held) process.stdout.write(chunk);
held = null;

const catalog = buildCatalog(catalogInput(parseEntries(files)));
const cardsStarted = performance.now();
// A pre-pass that fails costs time, not the build: placeCards draws what is missing.
const cards = prerenderCards(catalog, siteConfig).then(
  (report) => ({ report, ms: since(cardsStarted) }),
  (error: unknown) => {
    const pageCards = catalogCards(catalog, siteConfig).map((model) => ({ model, key: undefined }));
    return {
      report: {
        total: pageCards.length,
        rendered: 0,
        cached: 0,
        failed: [`the worker pre-pass: ${error instanceof Error ? error.message : String(error)}`],
        keys: new Set<string>(),
        pageCards,
      },
      ms: since(cardsStarted),
    };
  },
);
// The search index is written as soon as Astro's output is complete (its message at
// astro:build:done), while it writes the sitemap and exits, and beside the card workers still
// drawing in a cold build; its outcome is held (a failure is reported below, after Astro's own).
const searchSettings = { language: siteConfig.language, pagefindVersion: installedPagefindVersion(projectRoot), cacheDir: astroCacheDir };
function writeIndex() {
  const searchStarted = performance.now();
  return writeSearchIndex(staging, searchSettings, earlyIndex).then(
    (result) => ({ ok: true as const, result, ms: since(searchStarted) }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}
if (await Promise.race([pagesWritten.then(() => true), astroDone.then(() => false)])) searching = writeIndex();
const status = await astroDone;
const astroMs = since(astroStarted);
const { report: cardReport, ms: cardsMs } = await cards;

if (status !== 0) {
  await abandonBuild();
  const sources = files.map((file) => ({
    file: file.file,
    name: file.name,
    // Line numbers count from the top of the file, frontmatter included.
    text: readFileSync(path.join(path.dirname(path.resolve(contentDir)), file.file), 'utf8'),
  }));
  const failure = explainBuildFailure(errors, sources);
  if (failure.explained) console.error(`\n${failure.explained}`);
  else process.stderr.write(errors);
  console.error(`\nThe build failed; ${shownOut}/ was left as it was.`);
  process.exit(status);
}

process.stderr.write(errors); // warnings
for (const failed of cardReport.failed) console.warn(`warning: card ${failed}`);

const searched = await (searching ??= writeIndex());
if (!searched.ok) await failAfterAstro('The search index could not be written', searched.error);
const { result: search, ms: searchMs } = searched as Extract<typeof searched, { ok: true }>;
const reused = search.linked ? `; ${search.linked.fragments} page(s) and ${search.linked.chunks} word chunk(s) of it kept as they were` : '';
const how = { kept: 'unchanged pages, copied from the last build', updated: `${search.updated} rewritten page(s) added to an index of the previous site${reused}`, indexed: 'indexed afresh' }[search.how];
console.log(`search index: ${search.pages} pages (${how})`);
const placeStarted = performance.now();
const drawnHere = await placeCards(cardReport.pageCards, siteConfig.cardCacheDir, staging).catch((error: unknown) => failAfterAstro('A social card could not be drawn', error));
const placeMs = since(placeStarted);
const swapStarted = performance.now();
await cleared;
const counts = countOutput(staging);
promoteStaging(outDir);
stampSite(astroCacheDir, outDir);
const fromAstro = readPartialReport(partialReport);
// The site card, from Astro's endpoint (a bare `astro build` also draws every page card there).
const endpoints = fromAstro.endpointCards ?? { rendered: 0, reused: 0, keys: [] };
// Cache entries no card of the site uses any more (and that no concurrent build touched since this one began).
const used = new Set([...cardReport.keys, ...drawnHere, ...endpoints.keys]);
const pruned = cardReport.failed.length ? 0 : pruneCards(siteConfig.cardCacheDir, used, buildStartedAt);
// Kept feed items of notes and briefs that are gone (src/lib/feeds/kept-items.ts).
pruneKeptItems(keptItemsDir(astroCacheDir), feedItemKeys(catalog));
const astroParts = astroPhases(fromAstro.phases ?? {}, readRouteTimes(partialReport));
rmSync(scratch, { recursive: true, force: true });
// The workers' cards, those drawn here, and the site card if its endpoint had to draw it.
const total = cardReport.total + endpoints.rendered + endpoints.reused;
const rendered = cardReport.rendered + drawnHere.length + endpoints.rendered;
const cardSummary = { total, rendered, reused: total - rendered, pruned, failed: cardReport.failed.length };
console.log(`cards: ${cardSummary.rendered} rendered, ${cardSummary.reused} reused from the card cache, ${pruned} pruned`);
console.log(`site written to ${shownOut}/`);

if (process.env.QD_BUILD_REPORT) {
  const report: BuildReport = {
    ...counts,
    cards: cardSummary,
    searchPages: search.pages,
    contentFiles: { total: files.length, checked: checkCache.misses },
    phases: { 'link previous pages': prelinkMs, checks: checksMs, cards: cardsMs, astro: astroMs, ...astroParts, 'search index': searchMs, 'place cards': placeMs, swap: since(swapStarted), total: since(started) },
  };
  writeFileSync(process.env.QD_BUILD_REPORT, `${JSON.stringify(report, null, 2)}\n`);
}
