/**
 * The search index of a built site (Pagefind: every page with `data-pagefind-body`), in its
 * `pagefind/` folder. Three ways to it, cheapest first:
 *
 * 1. The pages are byte for byte those of a build whose index is kept: it is copied back
 *    (search-index-cache.ts).
 * 2. An index of the site this build replaces was started while Astro built (startEarlyIndex),
 *    and this build has the same pages by path: only the pages Astro wrote again (a new file
 *    where the previous site's was linked in: prelinked-staging.ts) are added again, which
 *    replaces them in place. Pagefind orders pages by path whatever the order they come in,
 *    and a page added again keeps its place, so the index is byte for byte the one a fresh
 *    run writes (tests/unit/search-index.test.ts). What of the previous index cannot have
 *    changed is linked in first, for Pagefind to leave as it is (search-index-seed.ts).
 * 3. Otherwise Pagefind reads the whole folder.
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { builtPages, INDEX_FOLDER, keepSearchIndex, pagesFingerprint, restoreSearchIndex } from './search-index-cache.ts';
import { indexInMemory } from './pagefind-output.ts';
import { changedWords, readIndexedPages, readSeedSource, seedIndex, settleSeededIndex, type IndexedPages, type SeedSource } from './search-index-seed.ts';

export interface SearchSettings {
  /** The site's language (`de-CH`); Pagefind stems by its first part. */
  language: string;
  /** Pagefind's version, part of what a kept index is kept under. */
  pagefindVersion: string;
  /** Where kept indexes are (Astro's cache folder). */
  cacheDir: string;
}

/** Pagefind's version as installed (its package does not export package.json). */
export function installedPagefindVersion(projectRoot: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(projectRoot, 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

const stemmingLanguage = (language: string) => language.split('-')[0]!.toLowerCase();

/** A built site's pages (builtPages) with their inode numbers. */
function pageInodes(dir: string, pages: readonly string[] = builtPages(dir)): Map<string, number> {
  return new Map(pages.map((rel) => [rel, statSync(path.join(dir, rel)).ino]));
}

export interface EarlyIndex {
  /** The pages indexed and their inodes, as they were when it started. */
  readonly pages: Map<string, number>;
  readonly index: Promise<pagefind.PagefindIndex | null>;
  /** The site it reads (the one the build replaces). */
  readonly site: string;
  /** The language Pagefind stems by. */
  readonly language: string;
  /** The site's own index, read meanwhile, to seed the new one from. */
  readonly seed: Promise<SeedSource | null>;
}

/** Starts indexing a built site (the one this build replaces) in Pagefind's own process. */
export function startEarlyIndex(site: string, language: string): EarlyIndex {
  const pages = pageInodes(site);
  const stemming = stemmingLanguage(language);
  const index = (async () => {
    const { index: created } = await pagefind.createIndex({ forceLanguage: stemming });
    if (!created) return null;
    const added = await created.addDirectory({ path: site });
    return added.errors.length ? null : created;
  })().catch(() => null);
  return { pages, index, site, language: stemming, seed: readSeedSource(site).catch(() => null) };
}

/** Stops Pagefind's process (an early index with it), for a build that goes no further. */
export async function stopSearchIndex(): Promise<void> {
  await pagefind.close();
}

export interface SearchIndexResult {
  pages: number;
  how: 'kept' | 'updated' | 'indexed';
  /** Pages added again to the early index (`updated`). */
  updated?: number;
  /** Files of the previous index it keeps as they were (`updated`): pages' fragments and word-index chunks. */
  linked?: { fragments: number; chunks: number };
}

/**
 * Writes the search index of the built site in `outDir`, the cheapest way there is (above).
 * Closes Pagefind's process when done.
 */
export async function writeSearchIndex(outDir: string, settings: SearchSettings, early?: EarlyIndex): Promise<SearchIndexResult> {
  try {
    const language = stemmingLanguage(settings.language);
    const files = builtPages(outDir);
    const fingerprintOf = () => pagesFingerprint(outDir, { pagefind: settings.pagefindVersion, language }, files);
    if (early) {
      // No kept index is looked for: the only one there could be is the early index's site's,
      // and what Pagefind writes for the same pages is the same bytes. The pages' fingerprint
      // is taken while Pagefind writes.
      let fingerprint = '';
      const updated = await updateEarlyIndex(outDir, files, early, () => (fingerprint = fingerprintOf()));
      if (updated) {
        keepSearchIndex(settings.cacheDir, fingerprint, outDir, updated.pages);
        return updated;
      }
    }
    const fingerprint = fingerprintOf();
    const kept = restoreSearchIndex(settings.cacheDir, fingerprint, outDir);
    if (kept !== null) return { pages: kept, how: 'kept' };
    const result = await indexAfresh(outDir, language);
    keepSearchIndex(settings.cacheDir, fingerprint, outDir, result.pages);
    return result;
  } finally {
    await pagefind.close();
  }
}

const NOTHING_LINKED = { fragments: 0, chunks: 0 };

/**
 * The early index with the rewritten pages added again, and written (`whileWriting` runs while
 * Pagefind writes); null when it cannot stand for a fresh one.
 */
async function updateEarlyIndex(outDir: string, files: readonly string[], early: EarlyIndex, whileWriting: () => void): Promise<SearchIndexResult | null> {
  const index = await early.index;
  if (!index) return null;
  const pages = pageInodes(outDir, files);
  // A page gone or new would change the index's order (or could not be taken out): start afresh.
  if (pages.size !== early.pages.size || [...pages.keys()].some((rel) => !early.pages.has(rel))) return null;
  const kept = new Set([...pages].filter(([rel, inode]) => early.pages.get(rel) === inode).map(([rel]) => rel));
  const rewritten = [...pages.keys()].filter((rel) => !kept.has(rel));
  // Pagefind reads a folder faster than it takes pages one by one (0.36 against 0.9 ms a page at
  // a thousand notes), but writes fewer fragments here: past half of them, afresh. Up to a
  // hundred either way takes milliseconds, and a small site runs the code a large one does.
  if (rewritten.length > Math.max(pages.size / 2, 100)) return null;
  const html = (dir: string) => rewritten.map((rel) => ({ sourcePath: rel, content: readFileSync(path.join(dir, rel), 'utf8') }));
  const now = html(outDir);
  const seed = await early.seed;
  // The rewritten pages alone, as they were and as they are, tell which word chunks may have
  // changed: worth it only with a previous index to keep chunks from.
  const [added, before, after] = await Promise.all([
    Promise.all(now.map((file) => index.addHTMLFile(file))),
    seed && indexedAlone(html(early.site), early.language),
    seed && indexedAlone(now, early.language),
  ]);
  if (added.some(({ errors }) => errors.length)) return null;
  const indexDir = path.join(outDir, INDEX_FOLDER);
  const seeding = seed && { seed, seeded: seedIndex(seed, indexDir, kept, changedWords(before, after)) };
  const writing = writeIndex(index, outDir);
  whileWriting();
  let count = await writing;
  const linked = seeding ? await settleSeededIndex(seeding.seed, indexDir, seeding.seeded) : NOTHING_LINKED;
  if (!linked) {
    rmSync(indexDir, { recursive: true, force: true });
    count = await writeIndex(index, outDir);
  }
  return { pages: count, how: 'updated', updated: rewritten.length, linked: linked ?? NOTHING_LINKED };
}

/**
 * These pages as Pagefind indexes them (an index of them alone, in memory); null when it cannot
 * tell, which only means no chunk is kept.
 */
async function indexedAlone(pages: readonly pagefind.HTMLFile[], language: string): Promise<IndexedPages | null> {
  if (pages.length === 0) return new Map();
  const { index } = await pagefind.createIndex({ forceLanguage: language }).catch(() => ({ index: undefined }));
  if (!index) return null;
  try {
    for (const page of pages) if ((await index.addHTMLFile(page)).errors.length) return null;
    const { files, errors } = await index.getFiles();
    return errors.length ? null : await readIndexedPages(indexInMemory(files));
  } catch {
    return null;
  } finally {
    await index.deleteIndex().catch(() => undefined);
  }
}

async function indexAfresh(outDir: string, language: string): Promise<SearchIndexResult> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
  return { pages: await writeIndex(index, outDir), how: 'indexed' };
}

/** Writes the index into the site; the number of pages it holds. */
async function writeIndex(index: pagefind.PagefindIndex, outDir: string): Promise<number> {
  const written = await index.writeFiles({ outputPath: path.join(outDir, INDEX_FOLDER) });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  const entry = JSON.parse(readFileSync(path.join(outDir, INDEX_FOLDER, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, { page_count }) => sum + page_count, 0);
}
