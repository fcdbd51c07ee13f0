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
import { parseFrontmatterYaml } from './yaml-frontmatter.ts';

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

export async function readContent(root: string): Promise<ContentCorpus> {
  const absRoot = path.resolve(root);
  const label = path.basename(absRoot);
  const problems: ContentProblem[] = [];
  const files: ContentFile[] = [];

  if (!(await isDirectory(absRoot))) {
    problems.push({ file: `${label}/`, field: 'folder', message: `content folder not found: ${absRoot}` });
    return { root: absRoot, files, problems };
  }

  // Listed in order, read all at once: the disk waits overlap instead of adding up.
  const listed = (
    await Promise.all(
      COLLECTIONS.map(async (kind) => {
        const { folder, recursive } = collectionLayout[kind];
        return (await listMarkdown(path.join(absRoot, folder), recursive)).map((rel) => ({ kind, folder, rel }));
      }),
    )
  ).flat();
  const contents = await Promise.all(listed.map(({ folder, rel }) => readFile(path.join(absRoot, folder, rel))));
  for (const [index, { kind, folder, rel }] of listed.entries()) {
    const file = [label, folder, ...rel.split(path.sep)].join('/');
    const bytes = contents[index]!;
    const name = fileSlug(rel);
    const entry: ContentFile = {
      kind,
      file,
      name,
      slug: name.toLowerCase(),
      ext: rel.endsWith('.mdx') ? '.mdx' : '.md',
      lineOf: () => undefined,
      body: '',
      bodyLine: 1,
    };
    files.push(entry);

    const text = decodeUtf8(bytes);
    if (text === null) {
      problems.push({
        file,
        field: 'file',
        message: 'is not UTF-8 text: save it as UTF-8 in your editor (its accented letters would otherwise be lost)',
        line: firstBadLine(bytes),
      });
      continue;
    }
    const split = splitFrontmatter(text);
    if (!split.ok) {
      problems.push({ file, field: 'frontmatter', message: split.message, line: split.line });
      continue;
    }
    entry.body = split.body;
    entry.bodyLine = split.bodyLine;
    const parsed = parseFrontmatterYaml(split.yaml, split.yamlLine);
    if (!parsed.ok) {
      problems.push({ file, field: parsed.field ?? 'frontmatter', message: parsed.message, line: parsed.line, column: parsed.column });
      continue;
    }
    if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
      problems.push({
        file,
        field: 'frontmatter',
        message: 'must be YAML fields (`name: value` lines), not a single value or a list',
        line: split.yamlLine,
      });
      continue;
    }
    entry.data = parsed.data as Record<string, unknown>;
    entry.lineOf = parsed.lineOf;
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
