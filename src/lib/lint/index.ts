/**
 * `npm run lint:content`: the build's content errors plus warnings about what the build
 * accepts but an editor would fix (src/lib/lint/rules).
 */
import type { ContentKind } from '../checks/read-content.ts';
import { loadContent } from '../content/load.ts';
import { compareFindings, type LintFinding } from './finding.ts';
import { lintWarnings } from './rules.ts';

export { formatFinding, formatLintReport, summaryLine } from './report.ts';
export { LINT_RULES, lintWarnings } from './rules.ts';
export type { LintFinding, LintInput, LintLevel, LintRule } from './finding.ts';

export interface LintResult {
  /** Errors first, then warnings. */
  findings: LintFinding[];
  counts: Record<ContentKind, number>;
}

export async function lintContent(root: string): Promise<LintResult> {
  const { problems, files, entries } = await loadContent(root);
  const errors = problems.map((problem): LintFinding => ({ ...problem, level: 'error' }));
  const findings = [...errors, ...lintWarnings({ ...entries, files })].sort(compareFindings);
  const counts: Record<ContentKind, number> = { topics: 0, notes: 0, briefs: 0, entities: 0 };
  for (const file of files) counts[file.kind]++;
  return { findings, counts };
}
