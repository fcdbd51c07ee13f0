/**
 * When Astro fails while rendering, its error names the page or feed that was being rendered
 * and a compiled chunk (`.astro/.prerender/chunks/<file name>_<hash>.mjs`), not the editor's
 * file. This finds the content file the error came from and says it in the editor's terms:
 * `content/notes/2025/x.mdx:14 › body: could not be rendered: sizeInBytes is not defined`.
 */

export interface ContentSource {
  /** As problems name files: `content/notes/2025/x.mdx`. */
  file: string;
  /** The file name without folders and extension, as Astro names its chunk. */
  name: string;
  text: string;
}

export interface BuildFailure {
  /** The editor's explanation, when the error could be traced to a content file. */
  explained?: string;
  /** The error's own message, one line. */
  message: string;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** The error's message: the first line after Astro's `[ERROR]` tag, without time stamp or tags. */
export function errorMessage(output: string): string {
  const lines = output.replace(ANSI, '').split('\n');
  const tagged = lines.find((line) => /\[ERROR\]/.test(line)) ?? lines.find((line) => line.trim()) ?? '';
  return (
    tagged
      .replace(/^.*?\[ERROR\]\s*/, '')
      .replace(/^(?:\[[\w:@/.-]+\]\s*)+/, '')
      .replace(/^Caught error rendering \S+:\s*/, '')
      .trim() || 'the build stopped with an error'
  );
}

export function explainBuildFailure(output: string, sources: readonly ContentSource[]): BuildFailure {
  const message = errorMessage(output).replace(/^(?:ReferenceError|TypeError|SyntaxError|Error):\s*/, '');
  const chunk = /chunks\/([^/\s]+?)_[\w-]{6,}\.mjs/.exec(output.replace(ANSI, ''));
  const source = chunk ? sources.find((candidate) => candidate.name === chunk[1] && candidate.file.endsWith('.mdx')) : undefined;
  if (!source) return { message };
  return { message, explained: `${source.file}${lineHint(source.text, message)} › body: could not be rendered: ${message}` };
}

/** `:14` when the message names something (`sizeInBytes is not defined`) that one body line uses. */
function lineHint(text: string, message: string): string {
  const name = /^([\p{L}_$][\p{L}\p{N}_$]*) is not defined/u.exec(message)?.[1];
  if (!name) return '';
  const index = text.split('\n').findIndex((line) => new RegExp(`(?<![\\p{L}\\p{N}_$])${name.replace(/\$/g, '\\$')}(?![\\p{L}\\p{N}_$])`, 'u').test(line));
  return index < 0 ? '' : `:${index + 1}`;
}
