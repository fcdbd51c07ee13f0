/**
 * A Pagefind index folder, read back. `pagefind-entry.json` names each language's meta file
 * (`pagefind.<hash>.pf_meta`), which lists the fragment of every page (one file per page,
 * `fragment/<hash>.pf_fragment`, holding its URL and text). Both are gzip of the signature
 * `pagefind_dcd` followed by CBOR (the meta file) or JSON (a fragment). This is Pagefind's
 * output format (pagefind/src/index, pagefind/src/output), not an API it documents: whatever
 * does not read as expected reads as null, and the caller does without.
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
  /** The fragment of each page it holds (names without folder or extension), every language. */
  fragments: string[];
}

export const fragmentFolder = (indexDir: string) => path.join(indexDir, 'fragment');
export const fragmentFile = (indexDir: string, name: string) => path.join(fragmentFolder(indexDir), `${name}.pf_fragment`);

/** The pages (by fragment) of the index in `indexDir`; null when it is missing or reads otherwise than expected. */
export async function readIndexOutput(indexDir: string): Promise<IndexOutput | null> {
  try {
    const entry = JSON.parse(await readFile(path.join(indexDir, 'pagefind-entry.json'), 'utf8')) as unknown;
    if (!isRecord(entry) || typeof entry.version !== 'string' || !isRecord(entry.languages)) return null;
    const fragments: string[] = [];
    for (const language of Object.values(entry.languages)) {
      if (!isRecord(language) || typeof language.hash !== 'string') return null;
      // [version, pages: [hash, word count, …][], chunks, filters, sorts, …] (MetaIndex)
      const meta = decode(await unpack(path.join(indexDir, `pagefind.${language.hash}.pf_meta`))) as unknown;
      if (!Array.isArray(meta) || !Array.isArray(meta[1])) return null;
      for (const page of meta[1] as unknown[]) {
        if (!Array.isArray(page) || typeof page[0] !== 'string') return null;
        fragments.push(page[0]);
      }
    }
    return { version: entry.version, fragments };
  } catch {
    return null;
  }
}

/** The URL a fragment was indexed under (`/notes/x/`); null when it cannot be read. */
export async function fragmentUrl(indexDir: string, name: string): Promise<string | null> {
  try {
    const data = JSON.parse(Buffer.from(await unpack(fragmentFile(indexDir, name))).toString('utf8')) as unknown;
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

async function unpack(file: string): Promise<Uint8Array> {
  const bytes = await gunzipAsync(await readFile(file));
  if (bytes.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error(`${file}: not a Pagefind file`);
  return bytes.subarray(SIGNATURE.length);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
