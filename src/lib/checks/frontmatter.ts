/**
 * Splits a Markdown/MDX file into its YAML frontmatter and body, the way Astro reads it:
 * an optional BOM or blank lines, a `---` line, the YAML, a closing `---` line.
 */
export type SplitFile =
  | {
      ok: true;
      /** The YAML text between the fences. */
      yaml: string;
      /** File line (1-based) of the YAML's first line. */
      yamlLine: number;
      /** Everything after the closing fence. */
      body: string;
      /** File line (1-based) on which the body starts (the closing fence's line). */
      bodyLine: number;
    }
  | { ok: false; message: string; line?: number };

const FENCE = /^---[ \t]*$/;

export function splitFrontmatter(text: string): SplitFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let open = 0;
  while (open < lines.length && lines[open]!.trim() === '') open++;
  const first = lines[open];
  if (first === undefined || !FENCE.test(first)) {
    const hint = first !== undefined && /^\+\+\+\s*$/.test(first) ? ' (TOML frontmatter is not supported)' : '';
    return { ok: false, message: `is missing: the file must start with a --- line, then YAML fields, then a --- line${hint}` };
  }
  for (let close = open + 1; close < lines.length; close++) {
    if (FENCE.test(lines[close]!)) {
      return {
        ok: true,
        yaml: lines.slice(open + 1, close).join('\n'),
        yamlLine: open + 2,
        body: lines.slice(close).join('\n').replace(/^---[ \t]*/, ''),
        bodyLine: close + 1,
      };
    }
  }
  return { ok: false, message: 'is not closed: no --- line after the YAML fields', line: open + 1 };
}
