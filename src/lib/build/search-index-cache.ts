/**
 * Pagefind indexes every page on every build (about a second per thousand pages) and has no
 * incremental mode; but its index depends only on the pages' HTML and its own settings. So the
 * index of a build is kept in the cache under a fingerprint of both, and a build whose pages
 * are byte for byte the same copies it back instead of indexing again.
 *
 * Its 1,200-odd files (at a thousand notes) are hard-linked rather than copied, both ways
 * (link-file.ts): copying them took longer than Pagefind took to index.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { linkTree } from './link-file.ts';

/** The folder of the index in a built site. */
export const INDEX_FOLDER = 'pagefind';

/** The HTML pages of a built site (the index's own folder left out), relative with `/`, sorted. */
export function builtPages(outDir: string): string[] {
  return (readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith(`${INDEX_FOLDER}/`))
    .sort();
}

/** The HTML pages of a build (the index is not one of them), with their bytes, and the settings. */
export function pagesFingerprint(outDir: string, settings: unknown, files: readonly string[] = builtPages(outDir)): string {
  const hash = createHash('sha256').update(JSON.stringify(settings));
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(path.join(outDir, file))).update('\0');
  return hash.digest('hex').slice(0, 32);
}

const entryDir = (cacheDir: string, fingerprint: string) => path.join(cacheDir, 'search-index', fingerprint);

/** Copies a kept index into the build; the number of pages it holds, or null when none is kept. */
export function restoreSearchIndex(cacheDir: string, fingerprint: string, outDir: string): number | null {
  const entry = entryDir(cacheDir, fingerprint);
  const countFile = path.join(entry, 'pages.json');
  if (!existsSync(countFile)) return null;
  linkTree(path.join(entry, INDEX_FOLDER), path.join(outDir, INDEX_FOLDER));
  return (JSON.parse(readFileSync(countFile, 'utf8')) as { pages: number }).pages;
}

/** Keeps this build's index (and only it) for the next build. */
export function keepSearchIndex(cacheDir: string, fingerprint: string, outDir: string, pages: number): void {
  const root = path.join(cacheDir, 'search-index');
  rmSync(root, { recursive: true, force: true });
  const entry = entryDir(cacheDir, fingerprint);
  linkTree(path.join(outDir, INDEX_FOLDER), path.join(entry, INDEX_FOLDER));
  // Written last: an entry without it (a build stopped half-way) is never restored.
  writeFileSync(path.join(entry, 'pages.json'), JSON.stringify({ pages }));
}
