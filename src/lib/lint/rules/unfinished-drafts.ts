/**
 * A draft note or brief, and what it still lacks before `draft: false`: an editor keeps
 * drafts around for weeks and needs the list of what is left, not a search through files.
 */
import type { ContentFile } from '../../checks/read-content.ts';
import { isPlaceholder, placeholderLines } from '../../content/placeholders.ts';
import type { LintFinding, LintRule } from '../finding.ts';
import { bodyFileLine, lineOf, warningAt } from '../place.ts';

interface DraftShape {
  title: string;
  summary: string;
  draft: boolean;
}

/** What a draft still lacks, in the order of its fields. */
export function draftLacks(file: ContentFile, data: DraftShape): string[] {
  const lacks: string[] = [];
  if (isPlaceholder(data.title)) lacks.push(`a title (line ${lineOf(file, ['title'])} is a placeholder)`);
  if (!data.summary.trim()) lacks.push('a summary');
  else if (isPlaceholder(data.summary)) lacks.push(`a summary (line ${lineOf(file, ['summary'])} is a placeholder)`);
  const todo = placeholderLines(file.body);
  if (!file.body.trim()) lacks.push(file.kind === 'briefs' ? 'a lede (the body is empty)' : 'a body (the note itself is empty)');
  else if (todo.length) {
    const lines = todo.map((n) => bodyFileLine(file, n)).join(', ');
    lacks.push(todo.length === 1 ? `its body's TODO (line ${lines})` : `its body's ${todo.length} TODOs (lines ${lines})`);
  }
  return lacks;
}

export const unfinishedDrafts: LintRule = {
  name: 'unfinished-drafts',
  check({ notes, briefs }) {
    return [...notes, ...briefs]
      .filter(({ data }) => data.draft)
      .map(({ file, data }): LintFinding => {
        const lacks = draftLacks(file, data);
        return warningAt(
          file,
          ['draft'],
          lacks.length
            ? `a draft (left out of production builds); it still lacks ${lacks.join(', ')}`
            : 'a draft (left out of production builds) with nothing missing: set `draft: false` to publish it',
        );
      });
  },
};
