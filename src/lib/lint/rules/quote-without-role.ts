/** A quote without a role: a reader outside the field does not know who "Lisa Su" is, and the entity page cannot tell whom they speak for. */
import type { LintFinding, LintRule } from '../finding.ts';
import { warningAt } from '../place.ts';

export const quoteWithoutRole: LintRule = {
  name: 'quote-without-role',
  check({ notes }) {
    const findings: LintFinding[] = [];
    for (const { file, data } of notes) {
      data.quotes.forEach((quote, index) => {
        if (quote.role) return;
        // The role is absent, so the warning points at the quote.
        const message = `"${quote.by}" has no role: add one (e.g. \`role: CEO, Meta\`) so readers know who is speaking`;
        findings.push(warningAt(file, ['quotes', index, 'role'], message, ['quotes', index]));
      });
    }
    return findings;
  },
};
