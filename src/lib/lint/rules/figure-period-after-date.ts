/**
 * A figure whose period begins after the note's date: a note reports what its source
 * states on that day, so a later period is either a forecast that the label should call one
 * (`2026 capex guidance`) or a typo (`2052` for `2025`).
 */
import { isoDay, parsePeriod, type Period } from '../../dates.ts';
import type { LintFinding, LintRule } from '../finding.ts';
import { warningAt } from '../place.ts';

/** Words in a label that say the figure looks ahead, so a later period is meant. */
const FORWARD_LOOKING = /\b(guidance|forecasts?|outlook|plans?|planned|targets?|expected|projected|projections?|estimates?|budget)\b/i;

/** The first day of a period, UTC. */
export function periodStart(period: Period): Date {
  switch (period.kind) {
    case 'year':
      return new Date(Date.UTC(period.year, 0, 1));
    case 'quarter':
      return new Date(Date.UTC(period.year, (period.quarter - 1) * 3, 1));
    case 'month':
      return new Date(Date.UTC(period.year, period.month - 1, 1));
    case 'day':
      return new Date(Date.UTC(period.year, period.month - 1, period.day));
  }
}

export const figurePeriodAfterDate: LintRule = {
  name: 'figure-period-after-date',
  check({ notes }) {
    const findings: LintFinding[] = [];
    for (const { file, data } of notes) {
      data.figures.forEach((figure, index) => {
        const period = figure.period ? parsePeriod(figure.period) : null;
        if (!period || periodStart(period) <= data.date || FORWARD_LOOKING.test(figure.label)) return;
        findings.push(
          warningAt(
            file,
            ['figures', index, 'period'],
            `${figure.period} begins after the note's date (${isoDay(data.date)}): ` +
              `if "${figure.label}" is a forecast, say so in the label (guidance, plan, outlook …); otherwise check the period`,
          ),
        );
      });
    }
    return findings;
  },
};
