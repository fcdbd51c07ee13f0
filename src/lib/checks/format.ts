/** The report an editor reads when the build stops: one line per problem. */
import path from 'node:path';
import type { SettingProblem } from '../config/site-config.ts';
import type { ContentProblem } from './problem.ts';

/** `content/notes/2025/x.md:7 › source.url: must be an http(s) URL, got "javascript:alert(1)"` */
export function formatProblem(problem: ContentProblem): string {
  const place = problem.line ? `:${problem.line}${problem.column ? `:${problem.column}` : ''}` : '';
  return `${problem.file}${place} › ${problem.field}: ${problem.message}`;
}

/**
 * ```
 * Quarterdeck found 2 problems in content/:
 *   content/notes/2025/x.md:3 › date: "2025-02-30" is not a date that exists
 *   content/notes/2025/x.md:9 › topics[1]: unknown topic "ai-capx"; did you mean "ai-capex"?
 * ```
 * The root is shown relative to the current directory when it is inside it.
 */
export function formatProblems(problems: readonly ContentProblem[], root: string, cwd = process.cwd()): string {
  const count = `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`;
  return [`Quarterdeck found ${count} in ${displayRoot(root, cwd)}:`, ...problems.map((p) => `  ${formatProblem(p)}`)].join(
    '\n',
  );
}

function displayRoot(root: string, cwd: string): string {
  const abs = path.resolve(cwd, root);
  const rel = path.relative(cwd, abs);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
  return `${shown.split(path.sep).join('/')}/`;
}

/**
 * Settings from the environment that were refused, one line each, named as the editor set
 * them: `  SITE_URL: must be an http(s) URL such as https://briefs.example.com, got "briefs"`.
 */
export function formatSettingProblems(problems: readonly SettingProblem[]): string {
  const count = `${problems.length} ${problems.length === 1 ? 'setting' : 'settings'}`;
  return [`Quarterdeck cannot use ${count}:`, ...problems.map((p) => `  ${p.setting}: ${p.message}`)].join('\n');
}

/** The warning a production build gives when its links would point at the placeholder origin. */
export function placeholderUrlWarning(placeholder: string): string {
  return (
    `SITE_URL is not set (nor url in site.yaml): feeds, cards and canonical links will point at ${placeholder}. ` +
    'Set it to the address you deploy to, e.g. SITE_URL=https://briefs.example.com npm run build'
  );
}
