/**
 * Reads a content root the way the build's collections see it (src/lib/content/layout.ts:
 * `topics/`, `notes/**`, `briefs/`, `entities/`, dot-files skipped) and parses each file's
 * frontmatter as written. Reads only: nothing here ever writes into the content folder.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTIONS, collectionLayout, type CollectionName } from '../content/layout.ts';
import { fileSlug } from '../slugs.ts';
import { splitFrontmatter } from './frontmatter.ts';
import type { ContentProblem } from './problem.ts';
import { lineAt, parseFrontmatterYaml, type LineTree } from './yaml-frontmatter.ts';

export type ContentKind = CollectionName;

export interface ContentFile {
  kind: ContentKind;
  /** Relative to the content root's parent, with `/`: `content/notes/2025/x.md`. */
  file: string;
  /** The file name without folders and extension, as written (`X` for `notes/2025/X.md`). */
  name: string;
  /** The entry's id in the build: the file name, lowercased. */
  slug: string;
  ext: '.md' | '.mdx';
  /** Frontmatter as plain data when it could be read; undefined when it could not. */
  data?: Record<string, unknown>;
  /** File line of the field at `path` (or its nearest parent that exists). */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  body: string;
  /** File line on which the body starts. */
  bodyLine: number;
}

export interface ContentCorpus {
  root: string;
  files: ContentFile[];
  /** Problems found while reading: missing folder, missing or malformed frontmatter. */
  problems: ContentProblem[];
}

/** Bytes that are not UTF-8 are refused rather than read as U+FFFD, which loses the text. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A content file as listed, before it is parsed. */
export interface ListedFile {
  kind: ContentKind;
  /** As ContentFile's `file`. */
  file: string;
  /** Relative to its collection's folder, with the platform's separator. */
  rel: string;
  bytes: Uint8Array;
}

/** What a file's bytes alone say of it: kept by the check cache, so plain data only. */
export interface ParsedFile {
  data?: Record<string, unknown>;
  /** The lines of its fields, when its frontmatter could be read. */
  lines?: LineTree;
  body: string;
  bodyLine: number;
  /** Why it could not be read, when it could not. */
  problems: ContentProblem[];
}

/** Lists and reads every content file of a root, in order; none are parsed yet. */
export async function listContent(root: string): Promise<{ root: string; listed: ListedFile[]; problems: ContentProblem[] }> {
  const absRoot = path.resolve(root);
  const label = path.basename(absRoot);
  if (!(await isDirectory(absRoot))) {
    return { root: absRoot, listed: [], problems: [{ file: `${label}/`, field: 'folder', message: `content folder not found: ${absRoot}` }] };
  }
  // Listed in order, read all at once: the disk waits overlap instead of adding up.
  const found = (
    await Promise.all(
      COLLECTIONS.map(async (kind) => {
        const { folder, recursive } = collectionLayout[kind];
        return (await listMarkdown(path.join(absRoot, folder), recursive)).map((rel) => ({ kind, folder, rel }));
      }),
    )
  ).flat();
  const contents = await Promise.all(found.map(({ folder, rel }) => readFile(path.join(absRoot, folder, rel))));
  const listed = found.map(({ kind, folder, rel }, index) => ({
    kind,
    file: [label, folder, ...rel.split(path.sep)].join('/'),
    rel,
    bytes: contents[index]!,
  }));
  return { root: absRoot, listed, problems: [] };
}

/** Decodes a file and parses its frontmatter. */
export function parseListedFile({ file, bytes }: Pick<ListedFile, 'file' | 'bytes'>): ParsedFile {
  const unread = (problem: Omit<ContentProblem, 'file'>): ParsedFile => ({ body: '', bodyLine: 1, problems: [{ file, ...problem }] });
  const text = decodeUtf8(bytes);
  if (text === null) {
    return unread({
      field: 'file',
      message: 'is not UTF-8 text: save it as UTF-8 in your editor (its accented letters would otherwise be lost)',
      line: firstBadLine(bytes),
    });
  }
  const split = splitFrontmatter(text);
  if (!split.ok) return unread({ field: 'frontmatter', message: split.message, line: split.line });
  const { body, bodyLine } = split;
  const parsed = parseFrontmatterYaml(split.yaml, split.yamlLine);
  if (!parsed.ok) {
    return { body, bodyLine, problems: [{ file, field: parsed.field ?? 'frontmatter', message: parsed.message, line: parsed.line, column: parsed.column }] };
  }
  if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
    return {
      body,
      bodyLine,
      problems: [{ file, field: 'frontmatter', message: 'must be YAML fields (`name: value` lines), not a single value or a list', line: split.yamlLine }],
    };
  }
  return { data: parsed.data as Record<string, unknown>, lines: parsed.lines, body, bodyLine, problems: [] };
}

/** The ContentFile of a listed file, from its parse. */
export function contentFile(listed: ListedFile, parsed: ParsedFile): ContentFile {
  const name = fileSlug(listed.rel);
  const { lines } = parsed;
  return {
    kind: listed.kind,
    file: listed.file,
    name,
    slug: name.toLowerCase(),
    ext: listed.rel.endsWith('.mdx') ? '.mdx' : '.md',
    ...(parsed.data ? { data: parsed.data } : {}),
    lineOf: lines ? (at) => lineAt(lines, at) : () => undefined,
    body: parsed.body,
    bodyLine: parsed.bodyLine,
  };
}

export async function readContent(root: string): Promise<ContentCorpus> {
  const { root: absRoot, listed, problems } = await listContent(root);
  const files: ContentFile[] = [];
  for (const item of listed) {
    const parsed = parseListedFile(item);
    files.push(contentFile(item, parsed));
    problems.push(...parsed.problems);
  }
  return { root: absRoot, files, problems };
}

/** The text of UTF-8 bytes; null when they are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/** The line of the first byte sequence that is not UTF-8, so the editor can find it. */
function firstBadLine(bytes: Uint8Array): number {
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      if (decodeUtf8(bytes.subarray(start, i)) === null) return line;
      start = i + 1;
      line++;
    }
  }
  return 1;
}

/** `.md`/`.mdx` files under `dir` (relative paths, sorted); none when `dir` does not exist. */
async function listMarkdown(dir: string, recursive: boolean, prefix = '', depth = 0): Promise<string[]> {
  if (depth > 32) return []; // a symlink loop
  let entries;
  try {
    entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const rel = prefix ? path.join(prefix, entry.name) : entry.name;
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await isDirectory(path.join(dir, rel))));
    if (isDir) {
      if (recursive) found.push(...(await listMarkdown(dir, recursive, rel, depth + 1)));
    } else if (/\.mdx?$/.test(entry.name)) {
      found.push(rel);
    }
  }
  return found.sort();
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}
