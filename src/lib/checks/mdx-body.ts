/**
 * Malformed MDX (an unclosed tag, a broken `{expression}`, a stray `<`) fails the build
 * deep inside Astro; here it is found up front, with its line and column in the file.
 * Parse only: no compile, no plugins.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { ContentProblem } from './problem.ts';
import type { ContentFile } from './read-content.ts';

let processor: ReturnType<typeof createProcessor> | undefined;

export function checkMdxBody(entry: ContentFile): ContentProblem[] {
  if (entry.ext !== '.mdx') return [];
  processor ??= createProcessor({ format: 'mdx' });
  try {
    processor.parse(entry.body);
    return [];
  } catch (thrown) {
    const error = thrown as { reason?: string; message?: string; line?: number; column?: number; cause?: unknown };
    const reason = error.reason ?? error.message ?? String(thrown);
    // Positions inside the message count from the body's start: drop them, ours are the file's.
    let message = reason.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '');
    // An unclosed tag at the end of the body has no place of its own, only one in the message.
    const inReason = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
    const line = error.line ?? (inReason ? Number(inReason[1]) : undefined);
    const column = error.line ? error.column : inReason ? Number(inReason[2]) : undefined;
    const cause = error.cause instanceof Error ? error.cause.message.replace(/\s*\(\d+:\d+\)$/, '') : '';
    if (cause && !message.includes(cause)) message += `: ${cause}`;
    const problem: ContentProblem = { file: entry.file, field: 'body', message: `is not valid MDX: ${message}` };
    if (typeof line === 'number') {
      problem.line = entry.bodyLine + line - 1;
      if (typeof column === 'number') problem.column = column;
    }
    return [problem];
  }
}
