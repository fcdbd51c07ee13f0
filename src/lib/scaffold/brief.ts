/**
 * A draft brief for a quarter, ready to build at once and to be rewritten by the editor
 * (`npm run new-brief -- 2025-Q2`): placeholder title and summary, today's date, the
 * automatic "By the numbers" as explicit picks to prune, and a lede skeleton with one
 * paragraph per topic group linking that group's notes.
 */
import { selectNumbers, type Catalog, type CatalogQuarter } from '../catalog/index.ts';
import { placeholder } from '../content/placeholders.ts';
import type { BriefData } from '../content/schema.ts';
import { quarterLabel, quarterSlug, type Quarter } from '../quarters.ts';

export interface BriefScaffold {
  brief: BriefData;
  body: string;
  /** What the editor still has to do, one line each, for the script to print. */
  todo: string[];
}

export type BriefScaffoldResult = { ok: true; scaffold: BriefScaffold } | { ok: false; message: string };

/**
 * `catalog` should be a production catalog (no drafts): a pick or a link to a draft note
 * would break once the brief is published while the note is not.
 */
export function scaffoldBrief(catalog: Catalog, quarter: Quarter, today: Date): BriefScaffoldResult {
  const label = quarterLabel(quarter);
  const found = catalog.quarter(quarterSlug(quarter));
  if (!found || found.notes.length === 0) {
    return { ok: false, message: `${label} has no published notes: write its notes first (a brief pulls them together)` };
  }
  const numbers = selectNumbers(found.figures, quarter).map((row) => ({ note: row.figure.note.slug, figure: row.figure.label }));
  const brief: BriefData = {
    quarter: label,
    title: placeholder(`the brief's headline for ${label}`),
    summary: placeholder(`one or two plain sentences on ${label} for lists, feeds and the email`),
    published: utcDay(today),
    numbers,
    draft: true,
  };
  const todo = [
    'replace the TODO title and summary',
    numbers.length
      ? `prune "numbers" (${numbers.length} picked automatically) to the figures that tell the quarter, in the order to show them`
      : 'add "numbers" picks once the notes have figures (none yet: the section stays empty)',
    `write the lede: one paragraph per topic (${found.byTopic.length}), each linking its notes`,
    'set "published" to the day it goes out and "draft: false" to publish it',
  ];
  return { ok: true, scaffold: { brief, body: ledeSkeleton(found), todo } };
}

/** One paragraph per topic group, in the brief page's order, each note linked by its title. */
export function ledeSkeleton(quarter: CatalogQuarter): string {
  const paragraphs = [placeholder(`open with ${quarter.label} in a sentence or two: what changed, and why it matters.`)];
  for (const { topic, notes } of quarter.byTopic) {
    // Root-relative links: the site rewrites them for its base path.
    const links = notes.map((note) => `[${escapeLinkText(note.title)}](/notes/${note.slug}/)`).join(', ');
    paragraphs.push(`${placeholder(`what the ${escapeLinkText(topic.title)} notes add up to.`)} ${links}.`);
  }
  return `${paragraphs.join('\n\n')}\n`;
}

/** Backslash-escapes what Markdown or MDX would read as syntax (`[`, `*`, `<`, `{` …). */
function escapeLinkText(text: string): string {
  return text.replace(/[\\`*_[\]<>{}|#]/g, '\\$&');
}

function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
