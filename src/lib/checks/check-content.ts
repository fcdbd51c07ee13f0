/**
 * The "Bad input" contract of SPEC.md: every problem of every content file, one message
 * each, naming the file, the field and what is wrong. Used by the build (the
 * content-checks integration) and by `npm run lint:content`.
 */
import { brokenBodyLinks, linksOfBody, type BodyLink } from './body-links.ts';
import { cachedFindings, type CheckCache, type FileFindings } from './check-cache.ts';
import { unknownNumberPicks } from './brief-numbers.ts';
import { briefQuarters, duplicateSlugs, unknownTopics } from './cross-file.ts';
import { conflictingAliases } from './entity-aliases.ts';
import { checkSiteFile } from './site-file.ts';
import { checkMdxBody } from './mdx-body.ts';
import { compareProblems } from './problem.ts';
import type { ContentProblem } from './problem.ts';
import { contentFile, listContent, parseListedFile } from './read-content.ts';
import type { ContentFile, ContentKind, ListedFile } from './read-content.ts';
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

/** What one file's bytes alone say: its parse, its field and MDX problems, its body's links. */
function findingsOf(listed: ListedFile): FileFindings {
  const parsed = parseListedFile(listed);
  const file = contentFile(listed, parsed);
  const links = file.data && file.body.trim() ? linksOfBody(file.body, file.ext === '.mdx' ? 'mdx' : 'md') : [];
  return { parsed, problems: [...validateFields(file), ...checkMdxBody(file)], links };
}

/** `cache`: findings kept from an earlier run (check-cache.ts); the report is the same with or without. */
export async function inspectContent(root: string, cache?: CheckCache): Promise<ContentReport> {
  const listing = await listContent(root);
  const files: ContentFile[] = [];
  const linksOf = new Map<ContentFile, BodyLink[]>();
  const perFile: ContentProblem[] = [];
  for (const listed of listing.listed) {
    const findings = cachedFindings(cache, listed, () => findingsOf(listed));
    const file = contentFile(listed, findings.parsed);
    files.push(file);
    linksOf.set(file, findings.links);
    perFile.push(...findings.parsed.problems, ...findings.problems);
  }
  const label = listing.root.split(/[\\/]/).pop();
  const problems = [
    ...listing.problems,
    ...(await checkSiteFile(root)),
    ...perFile,
    ...duplicateSlugs(files),
    ...unknownTopics(files, `${label}/topics/`),
    ...briefQuarters(files),
    ...conflictingAliases(files),
    ...unknownNumberPicks(files),
    ...brokenBodyLinks(files, (file) => linksOf.get(file) ?? []),
  ].sort(compareProblems);
  const counts = { topics: 0, notes: 0, briefs: 0, entities: 0 };
  for (const file of files) counts[file.kind]++;
  return { problems, counts, files };
}

export async function checkContent(root: string): Promise<ContentProblem[]> {
  return (await inspectContent(root)).problems;
}
