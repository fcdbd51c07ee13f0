/**
 * The "Bad input" contract of SPEC.md: every problem of every content file, one message
 * each, naming the file, the field and what is wrong. Used by the build (the
 * content-checks integration) and by `npm run lint:content`.
 */
import { brokenBodyLinks } from './body-links.ts';
import { unknownNumberPicks } from './brief-numbers.ts';
import { briefQuarters, duplicateSlugs, unknownTopics } from './cross-file.ts';
import { conflictingAliases } from './entity-aliases.ts';
import { checkSiteFile } from './site-file.ts';
import { checkMdxBody } from './mdx-body.ts';
import { compareProblems } from './problem.ts';
import type { ContentProblem } from './problem.ts';
import { readContent } from './read-content.ts';
import type { ContentFile, ContentKind } from './read-content.ts';
import { validateFields } from './validate-fields.ts';

export { formatProblem, formatProblems, formatSettingProblems, placeholderUrlWarning } from './format.ts';
export type { ContentProblem } from './problem.ts';

export interface ContentReport {
  /** Sorted by file, line, field, message. */
  problems: ContentProblem[];
  /** How many files of each kind were read. */
  counts: Record<ContentKind, number>;
  /** The files as read, for a caller that goes on to build from them. */
  files: ContentFile[];
}

export async function inspectContent(root: string): Promise<ContentReport> {
  const corpus = await readContent(root);
  const { files } = corpus;
  const label = corpus.root.split(/[\\/]/).pop();
  const problems = [
    ...corpus.problems,
    ...(await checkSiteFile(root)),
    ...files.flatMap(validateFields),
    ...files.flatMap(checkMdxBody),
    ...duplicateSlugs(files),
    ...unknownTopics(files, `${label}/topics/`),
    ...briefQuarters(files),
    ...conflictingAliases(files),
    ...unknownNumberPicks(files),
    ...brokenBodyLinks(files),
  ].sort(compareProblems);
  const counts = { topics: 0, notes: 0, briefs: 0, entities: 0 };
  for (const file of files) counts[file.kind]++;
  return { problems, counts, files };
}

export async function checkContent(root: string): Promise<ContentProblem[]> {
  return (await inspectContent(root)).problems;
}
