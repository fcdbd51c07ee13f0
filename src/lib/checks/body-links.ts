/**
 * Links from a body to the site's own pages (`[earlier](/notes/other-slug/)`) must lead
 * somewhere: a note, topic, entity or quarter that the build makes. A broken one stops the
 * build with the file, the line, the link and the closest page of that kind. A published
 * page may not link to a draft (drafts are not published); an entity's alias has no page
 * of its own, so its link is pointed at the entity.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { quarterOf, quarterSlug } from '../quarters.ts';
import { slugify } from '../slugs.ts';
import { entityClaims } from './entity-aliases.ts';
import type { ContentProblem } from './problem.ts';
import { SINGULAR } from './cross-file.ts';
import type { ContentFile, ContentKind } from './read-content.ts';
import { closestSlug } from './typo-hint.ts';
import { validData } from './validate-fields.ts';

/** The site's sections are the collections: `/notes/<slug>/` is a note's page, and so on. */
type Section = ContentKind;
const SECTIONS: readonly Section[] = ['notes', 'topics', 'entities', 'briefs'];

interface SiteSlugs {
  /** Slugs of pages every build makes. */
  published: Record<Section, Set<string>>;
  /** Slugs of pages only a build with drafts (`astro dev`) makes. */
  draftOnly: Record<Section, Set<string>>;
  /** Entity alias slug → the slug of the entity it files under. */
  aliases: Map<string, string>;
}

export interface BodyLink {
  url: string;
  line?: number;
}

const parsers = { md: createProcessor({ format: 'md' }), mdx: createProcessor({ format: 'mdx' }) };

/** Root-relative links of a body, with their lines in the body; none when it does not parse. */
export function linksOfBody(body: string, format: 'md' | 'mdx'): BodyLink[] {
  let tree: Root;
  try {
    tree = parsers[format].parse(body) as Root;
  } catch {
    return []; // checkMdxBody reports it
  }
  const links: BodyLink[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if ((node.type === 'link' || node.type === 'definition') && 'url' in node) links.push({ url: node.url, line });
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a') {
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && typeof attribute.value === 'string') {
          links.push({ url: attribute.value, line });
        }
      }
    }
  });
  return links;
}

function siteSlugs(files: readonly ContentFile[]): SiteSlugs {
  const empty = () => ({ notes: new Set<string>(), topics: new Set<string>(), entities: new Set<string>(), briefs: new Set<string>() });
  const published = empty();
  const draftOnly = empty();
  const claims = entityClaims(files);
  const aliases = new Map<string, string>();
  for (const [slug, owner] of claims) {
    published.entities.add(owner);
    if (slug !== owner) aliases.set(slug, owner);
  }
  for (const file of files) {
    if (validData(file, 'topics')) published.topics.add(file.slug);
    const brief = validData(file, 'briefs');
    if (brief) published.briefs.add(brief.quarter.toLowerCase());
    const note = validData(file, 'notes');
    if (!note) continue;
    const into = note.draft ? draftOnly : published;
    into.notes.add(file.slug);
    into.briefs.add(quarterSlug(quarterOf(note.date)));
    for (const name of [...note.entities, ...note.figures.flatMap((figure) => (figure.entity ? [figure.entity] : []))]) {
      const slug = slugify(name);
      if (slug) into.entities.add(claims.get(slug) ?? slug);
    }
  }
  for (const section of SECTIONS) for (const slug of published[section]) draftOnly[section].delete(slug);
  return { published, draftOnly, aliases };
}

/** `/notes/x/#part` → section and slug; null for any other link. */
function siteTarget(url: string): { section: Section; slug: string } | null {
  const match = /^\/(notes|topics|entities|briefs)\/([^/?#]+)/.exec(url.trim());
  if (!match) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[2]!);
  } catch {
    slug = match[2]!;
  }
  // `/briefs/rss.xml` and friends are files of the section, not pages of an entry.
  if (slug.includes('.')) return null;
  return { section: match[1] as Section, slug };
}

function isDraft(file: ContentFile): boolean {
  return file.data?.draft === true;
}

/** `linksOf`: a file's links (linksOfBody), asked only of files with frontmatter and a body. */
export function brokenBodyLinks(files: readonly ContentFile[], linksOf: (file: ContentFile) => readonly BodyLink[]): ContentProblem[] {
  const slugs = siteSlugs(files);
  const problems: ContentProblem[] = [];
  for (const file of files) {
    if (!file.data || !file.body.trim()) continue;
    for (const link of linksOf(file)) {
      const target = siteTarget(link.url);
      if (!target) continue;
      const { section, slug } = target;
      if (slugs.published[section].has(slug)) continue;
      if (slugs.draftOnly[section].has(slug) && isDraft(file)) continue;
      const problem = (message: string): ContentProblem => ({
        file: file.file,
        field: 'body',
        message,
        ...(link.line ? { line: file.bodyLine + link.line - 1 } : {}),
      });
      if (slugs.draftOnly[section].has(slug)) {
        problems.push(problem(`the link ${link.url} leads to a draft ${SINGULAR[section]}, which is not published: publish it (draft: false) or remove the link`));
        continue;
      }
      const owner = section === 'entities' ? slugs.aliases.get(slug) : undefined;
      if (owner) {
        problems.push(problem(`the link ${link.url} names an alias, which has no page of its own: link /entities/${encodeURIComponent(owner)}/ instead`));
        continue;
      }
      const near = closestSlug(slug, [...slugs.published[section]]);
      const hint = near ? `; did you mean /${section}/${encodeURIComponent(near)}/?` : `: no ${SINGULAR[section]} has the slug "${slug}"`;
      problems.push(problem(`the link ${link.url} leads to no ${SINGULAR[section]}${hint}`));
    }
  }
  return problems;
}
