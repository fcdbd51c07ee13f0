/**
 * A figure whose period begins after the note's date: a note reports what its source
 * states on that day, so a later period is either a forecast that the label should call one
 * (`2026 capex guidance`) or a typo (`2052` for `2025`).
 */
import { isoDay, parsePeriod, periodStart } from '../../dates.ts';
import type { LintFinding, LintRule } from '../finding.ts';
import { warningAt } from '../place.ts';

/** Words in a label that say the figure looks ahead, so a later period is meant. */
const FORWARD_LOOKING = /\b(guidance|forecasts?|outlook|plans?|planned|targets?|expected|projected|projections?|estimates?|budget)\b/i;

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
