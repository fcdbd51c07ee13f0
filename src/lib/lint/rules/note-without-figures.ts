/** A note with no figures adds nothing to "By the numbers", the charts or figures.csv: usually its source stated some. */
import type { LintRule } from '../finding.ts';
import { warningAt } from '../place.ts';

export const noteWithoutFigures: LintRule = {
  name: 'note-without-figures',
  check({ notes }) {
    return notes
      .filter(({ data }) => data.figures.length === 0)
      .map(({ file }) => warningAt(file, ['figures'], `none: add the numbers the source states, so the note counts in "By the numbers" and the charts`));
  },
};
