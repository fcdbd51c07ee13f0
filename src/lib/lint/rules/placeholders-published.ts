/**
 * A placeholder (`TODO: …`, written by new-brief or new-note) left in a note or brief that is
 * not a draft: the site would publish it as written.
 */
import { isPlaceholder, placeholderLines } from '../../content/placeholders.ts';
import type { LintFinding, LintRule } from '../finding.ts';
import { bodyFileLine, warningAt } from '../place.ts';

const PUBLISHED = 'will be published as written: replace it, or set `draft: true` until it is done';

export const placeholdersPublished: LintRule = {
  name: 'placeholders-published',
  check({ notes, briefs }) {
    const findings: LintFinding[] = [];
    for (const { file, data } of [...notes, ...briefs]) {
      if (data.draft) continue; // unfinished-drafts lists what a draft lacks
      for (const field of ['title', 'summary'] as const) {
        if (!isPlaceholder(data[field])) continue;
        findings.push(warningAt(file, [field], `is still a placeholder and ${PUBLISHED}`));
      }
      for (const n of placeholderLines(file.body)) {
        findings.push({ level: 'warning', file: file.file, field: 'body', line: bodyFileLine(file, n), message: `still has a TODO that ${PUBLISHED}` });
      }
    }
    return findings;
  },
};
