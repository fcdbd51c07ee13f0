/** A quote without a role: a reader outside the field does not know who "Lisa Su" is, and the entity page cannot tell whom they speak for. */
import type { LintFinding, LintRule } from '../finding.ts';
import { lineOf } from '../place.ts';

export const quoteWithoutRole: LintRule = {
  name: 'quote-without-role',
  check({ notes }) {
    const findings: LintFinding[] = [];
    for (const { file, data } of notes) {
      data.quotes.forEach((quote, index) => {
        if (quote.role) return;
        findings.push({
          level: 'warning',
          file: file.file,
          field: `quotes[${index}].role`,
          line: lineOf(file, ['quotes', index]),
          message: `"${quote.by}" has no role: add one (e.g. \`role: CEO, Meta\`) so readers know who is speaking`,
        });
      });
    }
    return findings;
  },
};
