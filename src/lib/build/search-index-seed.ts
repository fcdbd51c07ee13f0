/**
 * Pagefind names each page's fragment file by a digest of its content and never writes a
 * fragment whose name is already in the folder (its "immutable" files, pagefind/src/output):
 * compressing 1,200 fragments at gzip's best level and creating their files was about a third
 * of writing the index after a one-note edit. So before Pagefind writes, the fragments of the
 * pages Astro did not rewrite are linked in from the index of the site the build replaces, and
 * Pagefind writes only the others. It never writes into a file that is there, so the site
 * still being served keeps its own.
 *
 * A name is the first 7 hex digits of a SHA-1, so a new fragment can take the name of an old
 * one with other content (Pagefind notes the risk in pagefind/src/index). After the write,
 * every fragment the index names is traced to its page: the linked ones by what they held in
 * the previous index, the new ones by reading them. Two fragments of one page mean a name was
 * taken: the build then writes the index again into an empty folder.
 */
import { existsSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fragmentFile, fragmentFolder, fragmentUrl, pageOfUrl, readIndexOutput } from './pagefind-output.ts';
import { INDEX_FOLDER } from './search-index-cache.ts';

export interface SeedSource {
  /** The index folder of the site the build replaces. */
  indexDir: string;
  version: string;
  /** Each fragment of that index, with its page (`notes/x/index.html`). */
  pages: Map<string, string>;
}

/** The index of a built site with the page of each fragment; null when any part of it cannot be read. */
export async function readSeedSource(site: string): Promise<SeedSource | null> {
  const indexDir = path.join(site, INDEX_FOLDER);
  const output = await readIndexOutput(indexDir);
  if (!output) return null;
  const pagesOfFragments = await Promise.all(output.fragments.map(async (name) => pageOfUrl(await fragmentUrl(indexDir, name))));
  const pages = new Map<string, string>();
  for (const [i, name] of output.fragments.entries()) {
    const page = pagesOfFragments[i];
    if (!page) return null;
    pages.set(name, page);
  }
  return { indexDir, version: output.version, pages };
}

/**
 * Links into `indexDir` (emptied first) the source's fragments of the pages in `kept`, the
 * pages this build has byte for byte as the source's site had them. The names linked.
 */
export function seedFragments(source: SeedSource, indexDir: string, kept: ReadonlySet<string>): Set<string> {
  rmSync(indexDir, { recursive: true, force: true });
  mkdirSync(fragmentFolder(indexDir), { recursive: true });
  const seeded = new Set<string>();
  for (const [name, page] of source.pages) {
    if (!kept.has(page) || !existsSync(fragmentFile(source.indexDir, name))) continue;
    linkSync(fragmentFile(source.indexDir, name), fragmentFile(indexDir, name));
    seeded.add(name);
  }
  return seeded;
}

/**
 * After Pagefind wrote into a seeded folder: true when each fragment the index names belongs
 * to a page of its own, and then the seeded fragments it does not name are removed; false
 * when a name was taken (or the index cannot be read), and the folder is left as it is.
 */
export async function settleSeededIndex(source: SeedSource, indexDir: string, seeded: ReadonlySet<string>): Promise<boolean> {
  const output = await readIndexOutput(indexDir);
  if (!output || output.version !== source.version) return false;
  const pages = await Promise.all(
    output.fragments.map(async (name) => (seeded.has(name) ? source.pages.get(name)! : pageOfUrl(await fragmentUrl(indexDir, name)))),
  );
  const distinct = new Set(pages);
  if (distinct.has(null) || distinct.size !== pages.length) return false;
  const named = new Set(output.fragments);
  for (const name of seeded) if (!named.has(name)) rmSync(fragmentFile(indexDir, name));
  return true;
}
