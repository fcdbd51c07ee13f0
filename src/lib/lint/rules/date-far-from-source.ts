/**
 * A note dated far from its source's publication: the date is when the event happened and
 * files the note under a quarter, so a slip of a month or a year puts it in the wrong brief.
 * A retrospective article can be right to lag; the warning asks for a look, not a change.
 */
import { isoDay } from '../../dates.ts';
import type { LintRule } from '../finding.ts';
import { warningAt } from '../place.ts';

export const MAX_DAYS_FROM_SOURCE = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

export const dateFarFromSource: LintRule = {
  name: 'date-far-from-source',
  check({ notes }) {
    return notes.flatMap(({ file, data }) => {
      const published = data.source.published;
      if (!published) return [];
      const days = Math.round((published.getTime() - data.date.getTime()) / DAY_MS);
      if (Math.abs(days) <= MAX_DAYS_FROM_SOURCE) return [];
      const when = days > 0 ? `${days} days before` : `${-days} days after`;
      return [
        warningAt(
          file,
          ['date'],
          `${isoDay(data.date)} is ${when} its source was published (source.published: ${isoDay(published)}): ` +
            'the date is when the event happened and files the note under its quarter; check both',
        ),
      ];
    });
  },
};
