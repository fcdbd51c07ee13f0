/** One thing wrong with the content: which file, which field, what. */
export interface ContentProblem {
  /** The file, relative to the content root's parent, with `/`: `content/notes/2025/x.md`. */
  file: string;
  /**
   * A dotted path into the frontmatter (`source.url`, `figures[1].upto`, `topics[0]`), or
   * for problems of the file as a whole: `frontmatter`, `body` or `file name`.
   */
  field: string;
  /** What is wrong, in the editor's words: `is required`, `must not be empty` … */
  message: string;
  /** 1-based line in the file, when the problem has a place. */
  line?: number;
  /** 1-based column, for problems pinned to a character (malformed YAML or MDX). */
  column?: number;
}

/** Deterministic order: by file, then place (unplaced first), then field, then message. */
export function compareProblems(a: ContentProblem, b: ContentProblem): number {
  return (
    compareText(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareText(a.field, b.field) ||
    compareText(a.message, b.message)
  );
}

/** Code-unit order: the same on every machine, whatever the locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
