/**
 * A Pagefind index folder, read back. `pagefind-entry.json` names each language's meta file
 * (`pagefind.<hash>.pf_meta`), which lists the fragment of every page (one file per page,
 * `fragment/<hash>.pf_fragment`, holding its URL and text) and the chunks of the word index
 * (`index/<hash>.pf_index`, each a run of words with the pages they are on). All are gzip of the
 * signature `pagefind_dcd` followed by CBOR, or JSON for a fragment. This is Pagefind's output
 * format (pagefind/src/index, pagefind/src/output), not an API it documents: whatever does not
 * read as expected reads as null, and the caller does without.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { decode } from 'cborg';

const SIGNATURE = 'pagefind_dcd';
const gunzipAsync = promisify(gunzip);

export interface IndexOutput {
  /** The Pagefind version that wrote it. */
  version: string;
  /** The fragment of each page it holds (names without folder or extension), every language; a page's number is its place here. */
  fragments: string[];
  /** The word index's chunks in order, each `from`, `to` (the words it starts and ends at) and name, every language. */
  chunks: { from: string; to: string; name: string }[];
  /** How many languages it has (each numbers its pages from 0). */
  languages: number;
}

/** A word of a chunk: the pages it is on (by number), each with what the chunk says of it there; `plain` when the word carries nothing else. */
export interface ChunkWord {
  word: string;
  pages: { page: number; places: string }[];
  plain: boolean;
}

/** The files of an index, by their path in it (`fragment/<hash>.pf_fragment`): on disk, or as Pagefind's `getFiles()` gives them. */
export type IndexFiles = (file: string) => Promise<Uint8Array>;

export const indexFolder = (indexDir: string): IndexFiles => (file) => readFile(path.join(indexDir, file));
export function indexInMemory(files: readonly { path: string; content: Uint8Array }[]): IndexFiles {
  const byPath = new Map(files.map((file) => [file.path.split(path.sep).join('/'), file.content]));
  return async (file) => {
    const content = byPath.get(file);
    if (!content) throw new Error(`${file}: not in the index`);
    return content;
  };
}

export const FRAGMENT_FOLDER = 'fragment';
export const CHUNK_FOLDER = 'index';
export const fragmentPath = (name: string) => `${FRAGMENT_FOLDER}/${name}.pf_fragment`;
export const chunkPath = (name: string) => `${CHUNK_FOLDER}/${name}.pf_index`;

/** The pages (by fragment) and word-index chunks of an index; null when it is missing or reads otherwise than expected. */
export async function readIndexOutput(files: IndexFiles): Promise<IndexOutput | null> {
  try {
    const entry = JSON.parse(Buffer.from(await files('pagefind-entry.json')).toString('utf8')) as unknown;
    if (!isRecord(entry) || typeof entry.version !== 'string' || !isRecord(entry.languages)) return null;
    const output: IndexOutput = { version: entry.version, fragments: [], chunks: [], languages: 0 };
    for (const language of Object.values(entry.languages)) {
      if (!isRecord(language) || typeof language.hash !== 'string') return null;
      // [version, pages: [hash, word count, …][], chunks: [from, to, hash][], filters, sorts, …] (MetaIndex)
      const meta = decode(await unpack(await files(`pagefind.${language.hash}.pf_meta`))) as unknown;
      if (!Array.isArray(meta) || !Array.isArray(meta[1]) || !Array.isArray(meta[2])) return null;
      for (const page of meta[1] as unknown[]) {
        if (!Array.isArray(page) || typeof page[0] !== 'string') return null;
        output.fragments.push(page[0]);
      }
      for (const chunk of meta[2] as unknown[]) {
        if (!Array.isArray(chunk) || !chunk.slice(0, 3).every((part) => typeof part === 'string')) return null;
        const [from, to, name] = chunk as string[];
        output.chunks.push({ from: from!, to: to!, name: name! });
      }
      output.languages += 1;
    }
    return output;
  } catch {
    return null;
  }
}

/** The words of a word-index chunk, in order; null when it cannot be read. */
export async function readChunk(files: IndexFiles, name: string): Promise<ChunkWord[] | null> {
  try {
    // [words: [word, pages: [page number, locations, …][], …][]] (WordIndex), pages in order
    const chunk = decode(await unpack(await files(chunkPath(name)))) as unknown;
    if (!Array.isArray(chunk) || !Array.isArray(chunk[0])) return null;
    const words: ChunkWord[] = [];
    for (const word of chunk[0] as unknown[]) {
      if (!Array.isArray(word) || typeof word[0] !== 'string' || !Array.isArray(word[1])) return null;
      const pages: ChunkWord['pages'] = [];
      let number = 0;
      for (const page of word[1] as unknown[]) {
        if (!Array.isArray(page) || typeof page[0] !== 'number') return null;
        // Each page is written as its distance from the one before.
        number += page[0];
        pages.push({ page: number, places: JSON.stringify(page.slice(1)) });
      }
      const rest = word.slice(2);
      words.push({ word: word[0], pages, plain: rest.every((part) => Array.isArray(part) && part.length === 0) });
    }
    return words;
  } catch {
    return null;
  }
}

/** Pagefind's order of words (Rust's, by UTF-8 bytes), which is not JavaScript's for every character. */
export const compareWords = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

/** The URL a fragment was indexed under (`/notes/x/`); null when it cannot be read. */
export async function fragmentUrl(files: IndexFiles, name: string): Promise<string | null> {
  try {
    const data = JSON.parse(Buffer.from(await unpack(await files(fragmentPath(name)))).toString('utf8')) as unknown;
    return isRecord(data) && typeof data.url === 'string' ? data.url : null;
  } catch {
    return null;
  }
}

/**
 * The built page (relative to the site, as `builtPages` lists them) behind a URL Pagefind gave
 * it: `/notes/x/` is `notes/x/index.html`, `/404.html` is `404.html`. Null for what is not a
 * path.
 */
export function pageOfUrl(url: string | null): string | null {
  if (url === null || !url.startsWith('/')) return null;
  try {
    const rel = url.slice(1).split('/').map(decodeURIComponent).join('/');
    return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
  } catch {
    return null;
  }
}

async function unpack(gzipped: Uint8Array): Promise<Uint8Array> {
  const bytes = await gunzipAsync(gzipped);
  if (bytes.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error('not a Pagefind file');
  return bytes.subarray(SIGNATURE.length);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
