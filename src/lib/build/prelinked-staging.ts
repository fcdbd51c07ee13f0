/**
 * A warm build starts its staging folder with the pages of the site it replaces, hard-linked.
 *
 * Astro's incremental build copies each page it can reuse from its cache into the output
 * folder, one file at a time, unless the file is there already (`existsInDist` in
 * astro/dist/core/build/generate.js). Into an empty staging folder that was 1,448 copies and
 * as many folders for 1,000 notes, 1.6 to 2.4 s of a 5 s warm build. Linked beforehand, in
 * one synchronous pass, they cost a tenth of that, and Astro finds them in place.
 *
 * Three rules keep the linked pages right:
 *
 * 1. Only a site that is the output of the build Astro's manifest describes is linked: after
 *    each successful build the manifest's digest and the output folder (its path and inode)
 *    are stamped beside it (`stampSite`). A build that failed after Astro wrote a new manifest
 *    leaves a stamp that no longer matches, and so does a folder put in the output folder's
 *    place (`.dist.previous` renamed back by hand, a backup restored).
 * 2. A page that Astro renders again must not be written through the link, into the site that
 *    is still being served: the middleware unlinks it first (`unlinkBeforeRender`), so
 *    Astro's write makes a new file and the old site keeps the old one.
 * 3. A linked page that this build no longer makes (its note was deleted) is removed before
 *    the search index and the sitemap see the folder (`removeUnclaimed`).
 *
 * Astro does not empty a staging folder prepared this way (`vite.build.emptyOutDir: false`
 * while PRELINKED_ENV is set); the build script makes it fresh for every build
 * (staged-output.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withoutBase } from '../urls.ts';

/** Set by the build script for Astro: the JSON file of its PrelinkedStaging. */
export const PRELINKED_ENV = 'QD_PRELINKED';

/** What the build script tells Astro's process about the staging folder it prepared. */
export interface PrelinkedStaging {
  /** The site being replaced, where the links lead. */
  outDir: string;
  /** Astro's output folder for this build. */
  staging: string;
  astroCacheDir: string;
  /** The linked pages, relative to both folders, with `/`. */
  linked: string[];
}

/** Written aside and renamed: Astro's process, waiting for it (waitForPrelinked), never reads half of it. */
export function writePrelinked(file: string, staging: PrelinkedStaging): void {
  writeFileSync(`${file}.tmp`, JSON.stringify(staging));
  renameSync(`${file}.tmp`, file);
}

/**
 * Astro's process starts before the build script has prepared the staging folder, and waits
 * here (at astro:build:start, before it writes any page) until it has; the script is done
 * long before, so the wait is one existence check. A script that died took Astro with it.
 */
export async function waitForPrelinked(file: string, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (Date.now() > until) throw new Error(`the build script did not prepare the staging folder (${file} never came)`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function readPrelinked(file: string): PrelinkedStaging {
  return JSON.parse(readFileSync(file, 'utf8')) as PrelinkedStaging;
}

/** The manifest Astro's incremental build keeps in its cache folder (version 1). */
const MANIFEST = 'incremental-build.json';
const STAMP = 'quarterdeck-site.json';

interface Manifest {
  digest: string;
  /** Every page the manifest's build wrote, relative to the output folder, with `/`. */
  outputFiles: string[];
}

/** The manifest's pages; null when there is none or it has a shape this code does not know (then nothing is linked). */
export function readManifest(astroCacheDir: string): Manifest | null {
  let text: string;
  try {
    text = readFileSync(path.join(astroCacheDir, MANIFEST), 'utf8');
  } catch {
    return null;
  }
  try {
    const data = JSON.parse(text) as { version?: unknown; routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }> };
    if (data.version !== 1 || typeof data.routes !== 'object' || data.routes === null) return null;
    const outputFiles: string[] = [];
    for (const route of Object.values(data.routes)) {
      for (const entry of Object.values(route.paths ?? {})) {
        const file = typeof entry.outputFile === 'string' ? filePathOf(entry.outputFile) : null;
        if (file === null) return null;
        outputFiles.push(file);
      }
    }
    return { digest: createHash('sha256').update(text).digest('hex'), outputFiles };
  } catch {
    return null;
  }
}

/** The manifest names a file as a URL path (`entities/%D1%8F/index.html`); its file is `entities/я/index.html`. Null for one outside the folder. */
function filePathOf(urlPath: string): string | null {
  try {
    const segments = urlPath.split('/').map(decodeURIComponent);
    const inside = segments.every((segment) => segment !== '' && segment !== '.' && segment !== '..' && !/[\\/]/.test(segment));
    return inside ? segments.join('/') : null;
  } catch {
    return null;
  }
}

/** Records that `outDir` is now the output of the build the current manifest describes. */
export function stampSite(astroCacheDir: string, outDir: string): void {
  const manifest = readManifest(astroCacheDir);
  if (!manifest) return;
  writeFileSync(path.join(astroCacheDir, STAMP), `${JSON.stringify(stampOf(outDir, manifest))}\n`);
}

/** The output folder as it is now, and the manifest it is the output of. */
function stampOf(outDir: string, manifest: Manifest) {
  return { outDir: path.resolve(outDir), folder: statSync(outDir).ino, manifest: manifest.digest };
}

function stampMatches(astroCacheDir: string, outDir: string, manifest: Manifest): boolean {
  try {
    const stamp = JSON.parse(readFileSync(path.join(astroCacheDir, STAMP), 'utf8')) as Record<string, unknown>;
    const now = stampOf(outDir, manifest);
    return stamp.outDir === now.outDir && stamp.folder === now.folder && stamp.manifest === now.manifest;
  } catch {
    return false;
  }
}

/**
 * Links the pages of `outDir` that Astro's manifest lists into the empty `staging` folder, if
 * `outDir` is the manifest's output (rule 1). Returns the linked files (relative, with `/`);
 * none for a cold build, a first build or a site that does not match.
 */
export function prelinkStaging(options: { outDir: string; staging: string; astroCacheDir: string }): string[] {
  const { outDir, staging, astroCacheDir } = options;
  const manifest = readManifest(astroCacheDir);
  if (!manifest || !stampMatches(astroCacheDir, outDir, manifest)) return [];
  const linked: string[] = [];
  const folders = new Set<string>();
  for (const rel of manifest.outputFiles) {
    const from = path.join(outDir, rel);
    const to = path.join(staging, rel);
    try {
      if (!lstatSync(from).isFile()) continue;
      const folder = path.dirname(to);
      if (!folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        folders.add(folder);
      }
      linkSync(from, to);
      linked.push(rel);
    } catch {
      // Missing, or on another disk: Astro copies it from its cache as it would have.
    }
  }
  return linked;
}

/** The files a route's URL can be written to (build.format 'directory' or 'file', or an endpoint's own name). */
export function outputCandidates(pathname: string, base: string): string[] {
  const rel = withoutBase(base, decodeURI(pathname));
  if (rel === '' || rel.endsWith('/')) return [`${rel}index.html`];
  return [rel, `${rel}/index.html`, `${rel}.html`];
}

/**
 * Rule 2: before a route renders, its linked page (if any) leaves the staging folder, so that
 * Astro writes a new file rather than into the one the current site shares. Unlinking a page
 * Astro would have reused costs only a copy from its cache.
 */
export function unlinkBeforeRender(staging: string, linked: ReadonlySet<string>, candidates: readonly string[]): void {
  for (const rel of candidates) {
    if (!linked.has(rel)) continue;
    try {
      unlinkSync(path.join(staging, rel));
    } catch {
      // Already gone.
    }
  }
}

/**
 * Rule 3: linked pages this build did not claim (not in the new manifest, not written again)
 * are removed, with the folders they leave empty. A page is still the linked one when it is
 * the same file as in `outDir`.
 */
export function removeUnclaimed(options: PrelinkedStaging): string[] {
  const { outDir, staging, astroCacheDir, linked } = options;
  const claimed = new Set(readManifest(astroCacheDir)?.outputFiles ?? []);
  const removed: string[] = [];
  for (const rel of linked) {
    if (claimed.has(rel)) continue;
    const file = path.join(staging, rel);
    if (!sameFile(file, path.join(outDir, rel))) continue;
    unlinkSync(file);
    removed.push(rel);
    removeEmptyFolders(path.dirname(file), staging);
  }
  return removed;
}

function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
}

function removeEmptyFolders(folder: string, root: string): void {
  let current = folder;
  while (current.startsWith(root + path.sep) && existsSync(current) && readdirSync(current).length === 0) {
    rmdirSync(current);
    current = path.dirname(current);
  }
}
