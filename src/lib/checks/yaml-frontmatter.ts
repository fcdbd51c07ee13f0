/**
 * Parses frontmatter with the `yaml` package's YAML 1.2 core schema: `2025-02-30` stays the
 * string the editor wrote (js-yaml, which Astro uses, would roll it over to 2 March), while
 * `2025` is a number and `true` a boolean, as in Astro.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { fieldPath } from './field-path.ts';

export type ParsedYaml =
  | {
      ok: true;
      /** The fields as plain data; `{}` for empty frontmatter. */
      data: unknown;
      /** File line of the field at `path`, or of the nearest field above it that exists. */
      lineOf(path: readonly PropertyKey[]): number | undefined;
      /** The lines lineOf answers from. */
      lines: LineTree;
    }
  | { ok: false; message: string; line?: number; column?: number; field?: string };

/** `firstLine`: the file line on which the YAML text starts. */
export function parseFrontmatterYaml(text: string, firstLine: number): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const toFileLine = (offset: number) => {
    const { line, col } = counter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const error = doc.errors[0];
  if (error?.code === 'BLOCK_AS_IMPLICIT_KEY') {
    // `title: Meta: the plan` reads as a field inside a value. Name the field, say what to do.
    const at = pathAtOffset(doc.contents, error.pos[0]).slice(0, -1);
    const line = text.split('\n')[counter.linePos(error.pos[0]).line - 1]?.trim() ?? '';
    const written = /^(?:-\s+)?([^:]+):\s*(.*)$/.exec(line);
    const example = written ? ` (${written[1]}: "${written[2]!.replaceAll('"', '\\"')}")` : '';
    return {
      ok: false,
      field: at.length ? fieldPath(at) : 'frontmatter',
      message: `has ": " in its value, which YAML reads as another field: put the value in quotes${example}`,
      ...toFileLine(error.pos[0]),
    };
  }
  if (error) {
    // One syntax slip often trips several follow-up errors: the first is the one to fix.
    return { ok: false, message: `is not valid YAML: ${error.message}`, ...toFileLine(error.pos[0]) };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (thrown) {
    return { ok: false, message: `is not valid YAML: ${(thrown as Error).message}` };
  }
  const lines = lineTree(doc.contents, (offset) => toFileLine(offset).line);
  return { ok: true, data, lines, lineOf: (path) => lineAt(lines, path) };
}

/**
 * The file line of every field and list item, shaped like the YAML: what lineOf needs,
 * kept as plain data so that a file's checks can be cached (check-cache.ts) and answer
 * the same afterwards. A map entry holds the line of its key and the lines inside its value.
 */
export interface LineTree {
  line?: number;
  /** A map's entries by key as written (`String(key)`), the first of repeated keys. */
  map?: Map<string, LineTree>;
  /** A list's items; null for an item that has no node. */
  seq?: (LineTree | null)[];
}

function lineTree(node: unknown, lineOfOffset: (offset: number) => number): LineTree {
  if (isMap(node)) {
    const map = new Map<string, LineTree>();
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (map.has(key)) continue;
      const entry = lineTree(pair.value, lineOfOffset);
      const range = (pair.key as { range?: [number, number, number] }).range;
      if (range) entry.line = lineOfOffset(range[0]);
      map.set(key, entry);
    }
    return { map };
  }
  if (isSeq(node)) {
    return {
      seq: node.items.map((item) => {
        if (!item) return null;
        const entry = lineTree(item, lineOfOffset);
        const range = (item as { range?: [number, number, number] }).range;
        if (range) entry.line = lineOfOffset(range[0]);
        return entry;
      }),
    };
  }
  return {};
}

/** File line of the deepest field along `path` that exists: a map entry's key, a list item. */
export function lineAt(tree: LineTree, path: readonly PropertyKey[]): number | undefined {
  let node: LineTree = tree;
  let found: number | undefined;
  for (const segment of path) {
    let next: LineTree | null | undefined;
    if (node.map) next = node.map.get(String(segment));
    else if (node.seq && typeof segment === 'number') next = node.seq[segment];
    if (!next) break;
    if (next.line !== undefined) found = next.line;
    node = next;
  }
  return found;
}

/** The path of keys and list indexes down to the deepest node that holds `offset`. */
function pathAtOffset(node: unknown, offset: number, path: (string | number)[] = []): (string | number)[] {
  const holds = (range: readonly number[] | null | undefined, start?: number) =>
    !!range && (start ?? range[0]!) <= offset && offset <= range[2]!;
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as { range?: [number, number, number] } | null;
      const value = pair.value as { range?: [number, number, number] } | null;
      if (isScalar(pair.key) && holds(value?.range ?? key?.range, key?.range?.[0])) {
        return pathAtOffset(pair.value, offset, [...path, String(pair.key.value)]);
      }
    }
  } else if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      if (holds((item as { range?: [number, number, number] } | null)?.range)) return pathAtOffset(item, offset, [...path, index]);
    }
  }
  return path;
}
