/**
 * Parses frontmatter with the `yaml` package's YAML 1.2 core schema: `2025-02-30` stays the
 * string the editor wrote (js-yaml, which Astro uses, would roll it over to 2 March), while
 * `2025` is a number and `true` a boolean, as in Astro.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';

export type ParsedYaml =
  | {
      ok: true;
      /** The fields as plain data; `{}` for empty frontmatter. */
      data: unknown;
      /** File line of the field at `path`, or of the nearest field above it that exists. */
      lineOf(path: readonly PropertyKey[]): number | undefined;
    }
  | { ok: false; message: string; line?: number; column?: number };

/** `firstLine`: the file line on which the YAML text starts. */
export function parseFrontmatterYaml(text: string, firstLine: number): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const toFileLine = (offset: number) => {
    const { line, col } = counter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const error = doc.errors[0];
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
  return {
    ok: true,
    data,
    lineOf: (path) => {
      const offset = offsetOf(doc, path);
      return offset === undefined ? undefined : toFileLine(offset).line;
    },
  };
}

/** Start offset of the deepest node along `path`: a map entry's key, a list item. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number | undefined {
  let node: unknown = doc.contents;
  let found: number | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      const key = pair.key as { range?: [number, number, number] };
      if (key.range) found = key.range[0];
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as { range?: [number, number, number] } | undefined;
      if (!item) break;
      if (item.range) found = item.range[0];
      node = item;
    } else {
      break;
    }
  }
  return found;
}
