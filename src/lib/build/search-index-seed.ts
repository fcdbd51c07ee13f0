/**
 * Pagefind names its fragment files (one per page) and the chunks of its word index by a
 * digest of their content, and never writes one whose name is already in the folder (its
 * "immutable" files, pagefind/src/output): compressing them at gzip's best level and creating
 * their files was most of writing the index after a one-note edit. So before Pagefind writes,
 * the files that cannot have changed are linked in from the index of the site the build
 * replaces, and Pagefind writes only the others. It never writes into a file that is there,
 * so the site still being served keeps its own.
 *
 * - A fragment is linked when its page was not rewritten.
 * - A chunk is linked when no word whose entries differ between the rewritten pages as they
 *   were and as they are now (an index of those pages alone, both ways) can be in it. Its
 *   words, and the pages they are on, are then what they were; if a change elsewhere moved
 *   where it starts or ends, its content and so its name change, and the linked file goes
 *   unused.
 *
 * A name is the first 7 hex digits of a SHA-1, so a new file can take the name of an old one
 * with other content (Pagefind notes the risk in pagefind/src/index). After the write, every
 * fragment the index names is traced to its page (the linked ones by what they held in the
 * previous index, the new ones by reading them), and every linked chunk it names must stand
 * where it stood, between the same words, with every page at its number. Two fragments of one
 * page, or a linked chunk elsewhere, mean a name was taken: the build then writes the index
 * again into an empty folder. The linked files the index does not name are removed.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  CHUNK_FOLDER,
  chunkPath,
  compareWords,
  FRAGMENT_FOLDER,
  fragmentPath,
  fragmentUrl,
  indexFolder,
  pageOfUrl,
  readChunk,
  readIndexOutput,
  type IndexFiles,
  type IndexOutput,
} from './pagefind-output.ts';
import { linkFile } from './link-file.ts';
import { INDEX_FOLDER } from './search-index-cache.ts';

export interface SeedSource {
  /** The index folder of the site the build replaces. */
  indexDir: string;
  output: IndexOutput;
  /** Each fragment of that index, with its page (`notes/x/index.html`). */
  pages: Map<string, string>;
}

/** The index of a built site with the page of each fragment; null when any part of it cannot be read. */
export async function readSeedSource(site: string): Promise<SeedSource | null> {
  const indexDir = path.join(site, INDEX_FOLDER);
  const files = indexFolder(indexDir);
  const output = await readIndexOutput(files);
  if (!output) return null;
  const pages = await pagesOfFragments(files, output);
  return pages && { indexDir, output, pages };
}

async function pagesOfFragments(files: IndexFiles, output: IndexOutput): Promise<Map<string, string> | null> {
  const pages = await Promise.all(output.fragments.map(async (name) => pageOfUrl(await fragmentUrl(files, name))));
  if (pages.some((page) => page === null)) return null;
  return new Map(output.fragments.map((name, i) => [name, pages[i]!]));
}

/** Pages as Pagefind indexes each of them: every word, with what a chunk says of it there. */
export type IndexedPages = Map<string, Map<string, string>>;

/** IndexedPages from an index of a few pages alone; null when it cannot be read whole. */
export async function readIndexedPages(files: IndexFiles): Promise<IndexedPages | null> {
  const output = await readIndexOutput(files);
  if (!output || output.languages > 1) return null;
  const pages = await pagesOfFragments(files, output);
  if (!pages) return null;
  const byNumber = output.fragments.map((name) => pages.get(name)!);
  const indexed: IndexedPages = new Map(byNumber.map((page) => [page, new Map()]));
  for (const { name } of output.chunks) {
    const words = await readChunk(files, name);
    if (!words || words.some(({ plain }) => !plain)) return null;
    for (const { word, pages: on } of words) for (const { page, places } of on) indexed.get(byNumber[page]!)!.set(word, places);
  }
  return indexed;
}

/**
 * The words whose entries differ between the rewritten pages as the previous site had them and
 * as they are now (a word gone, come, or at other places); null when the pages indexed differ.
 */
export function changedWords(before: IndexedPages | null, after: IndexedPages | null): string[] | null {
  if (!before || !after || before.size !== after.size || [...before.keys()].some((page) => !after.has(page))) return null;
  const changed = new Set<string>();
  for (const [page, was] of before) {
    const now = after.get(page)!;
    for (const [word, places] of was) if (now.get(word) !== places) changed.add(word);
    for (const word of now.keys()) if (!was.has(word)) changed.add(word);
  }
  return [...changed];
}

export interface Seeded {
  fragments: Set<string>;
  chunks: Set<string>;
}

// Copied where a link cannot go (another file system): the same bytes, only slower.
const linkInto = (source: SeedSource, indexDir: string, file: string) => linkFile(path.join(source.indexDir, file), path.join(indexDir, file));

/**
 * Links into `indexDir` (emptied first) what of the source cannot have changed: the fragments
 * of the pages in `kept` (those this build has byte for byte as the source's site had them),
 * and the chunks none of the `changed` words can be in. The names linked.
 */
export function seedIndex(source: SeedSource, indexDir: string, kept: ReadonlySet<string>, changed: readonly string[] | null): Seeded {
  rmSync(indexDir, { recursive: true, force: true });
  mkdirSync(path.join(indexDir, FRAGMENT_FOLDER), { recursive: true });
  const seeded: Seeded = { fragments: new Set(), chunks: new Set() };
  for (const [name, page] of source.pages) {
    if (!kept.has(page) || !existsSync(path.join(source.indexDir, fragmentPath(name)))) continue;
    linkInto(source, indexDir, fragmentPath(name));
    seeded.fragments.add(name);
  }
  if (!changed || source.output.languages !== 1) return seeded;
  // A chunk holds the words from its `from` up to the next chunk's: a changed word is in the
  // chunk it sorts into, or, new, could go to the next one.
  const chunks = source.output.chunks;
  const touched = new Set<number>();
  for (const word of changed) {
    const last = chunks.findLastIndex(({ from }) => compareWords(from, word) <= 0);
    touched.add(last).add(last + 1);
  }
  mkdirSync(path.join(indexDir, CHUNK_FOLDER), { recursive: true });
  for (const [i, { name }] of chunks.entries()) {
    if (touched.has(i) || !existsSync(path.join(source.indexDir, chunkPath(name)))) continue;
    linkInto(source, indexDir, chunkPath(name));
    seeded.chunks.add(name);
  }
  return seeded;
}

/**
 * After Pagefind wrote into a seeded folder, when each fragment the index names belongs to a
 * page of its own and each linked chunk it names stands where it stood, between the same
 * words, with every page at its number: the linked files it does not name are removed, and
 * how many it keeps is returned. Null when a name was taken (or the index cannot be read), and
 * the folder is left as it is.
 */
export async function settleSeededIndex(source: SeedSource, indexDir: string, seeded: Seeded): Promise<{ fragments: number; chunks: number } | null> {
  const files = indexFolder(indexDir);
  const output = await readIndexOutput(files);
  if (!output || output.version !== source.output.version) return null;
  const pages = await Promise.all(
    output.fragments.map(async (name) => (seeded.fragments.has(name) ? source.pages.get(name)! : pageOfUrl(await fragmentUrl(files, name)))),
  );
  const distinct = new Set(pages);
  if (distinct.has(null) || distinct.size !== pages.length) return null;
  // A chunk's words point at pages by number: a linked chunk holds only if every page kept its
  // number (it does when the rewritten pages are the same pages in the index, as seedIndex asks).
  const renumbered = pages.length !== source.output.fragments.length || pages.some((page, i) => source.pages.get(source.output.fragments[i]!) !== page);
  const before = source.output.chunks;
  const misplaced = output.chunks.some(
    (chunk, i) =>
      seeded.chunks.has(chunk.name) &&
      (renumbered || before.length !== output.chunks.length || before[i]!.name !== chunk.name || before[i]!.from !== chunk.from || before[i]!.to !== chunk.to),
  );
  if (misplaced) return null;
  const named = new Set([...output.fragments.map(fragmentPath), ...output.chunks.map(({ name }) => chunkPath(name))]);
  const kept = { fragments: 0, chunks: 0 };
  for (const [kind, file] of [...[...seeded.fragments].map((name) => ['fragments', fragmentPath(name)] as const), ...[...seeded.chunks].map((name) => ['chunks', chunkPath(name)] as const)]) {
    if (named.has(file)) kept[kind] += 1;
    else rmSync(path.join(indexDir, file));
  }
  return kept;
}
