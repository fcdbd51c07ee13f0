/**
 * A brief's `numbers` name a note of its quarter and one of that note's figures by label;
 * a pick that names nothing stops the build with the closest note or label
 * (`numbers[2].figure: note "x" has no figure labelled "capex"; did you mean "2025 capex"?`).
 * A published brief picks among published notes; a draft brief may pick drafts too.
 */
import { resolvePick } from '../catalog/numbers.ts';
import { parseQuarter, quarterLabel, quarterOf, quarterSlug } from '../quarters.ts';
import type { ContentProblem } from './problem.ts';
import type { ContentFile } from './read-content.ts';
import { validData } from './validate-fields.ts';

interface QuarterNote {
  slug: string;
  draft: boolean;
  figures: { label: string }[];
}

export function unknownNumberPicks(files: readonly ContentFile[]): ContentProblem[] {
  const notesByQuarter = new Map<string, QuarterNote[]>();
  for (const file of files) {
    const note = validData(file, 'notes');
    if (!note) continue;
    const quarter = quarterSlug(quarterOf(note.date));
    notesByQuarter.set(quarter, [...(notesByQuarter.get(quarter) ?? []), { slug: file.slug, draft: note.draft, figures: note.figures }]);
  }
  const problems: ContentProblem[] = [];
  for (const file of files) {
    const brief = validData(file, 'briefs');
    if (!brief?.numbers) continue;
    const quarter = parseQuarter(brief.quarter)!; // the schema has checked its form
    const label = quarterLabel(quarter);
    const notes = (notesByQuarter.get(quarterSlug(quarter)) ?? []).filter((note) => brief.draft || !note.draft);
    brief.numbers.forEach((pick, index) => {
      const found = resolvePick(pick, notes, label);
      if (!('field' in found)) return;
      problems.push({
        file: file.file,
        field: `numbers[${index}].${found.field}`,
        message: found.message,
        line: file.lineOf(['numbers', index, found.field]),
      });
    });
  }
  return problems;
}
