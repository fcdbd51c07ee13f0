/** The table of lint rules: each warns about content the build accepts but an editor would fix. */
import { compareFindings, type LintFinding, type LintInput, type LintRule } from './finding.ts';
import { dateFarFromSource } from './rules/date-far-from-source.ts';
import { figurePeriodAfterDate } from './rules/figure-period-after-date.ts';
import { noteWithoutFigures } from './rules/note-without-figures.ts';
import { placeholdersPublished } from './rules/placeholders-published.ts';
import { quoteWithoutRole } from './rules/quote-without-role.ts';
import { sharedSourceUrl } from './rules/shared-source-url.ts';
import { topicWithoutNotes } from './rules/topic-without-notes.ts';
import { unfinishedDrafts } from './rules/unfinished-drafts.ts';

export const LINT_RULES: readonly LintRule[] = [
  unfinishedDrafts,
  placeholdersPublished,
  sharedSourceUrl,
  figurePeriodAfterDate,
  dateFarFromSource,
  quoteWithoutRole,
  topicWithoutNotes,
  noteWithoutFigures,
];

/** Every rule's warnings, sorted. */
export function lintWarnings(content: LintInput, rules: readonly LintRule[] = LINT_RULES): LintFinding[] {
  return rules.flatMap((rule) => rule.check(content)).sort(compareFindings);
}
