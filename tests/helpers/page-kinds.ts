/**
 * One page of each kind in a built site, for the browser tests and screenshots. Picked from
 * the build itself so the tests follow the content: the biggest page of a kind (most
 * figures, quotes, notes: most to go wrong), a non-Latin entity slug when there is one, and a
 * quarter without a brief file for the "not yet published" page.
 */
import fs from 'node:fs';
import path from 'node:path';

export type PageKind =
  | 'home'
  | 'briefs'
  | 'brief'
  | 'brief-unpublished'
  | 'brief-figures'
  | 'note'
  | 'topics'
  | 'topic'
  | 'entities'
  | 'entity'
  | 'search'
  | '404';

export interface KindPage {
  kind: PageKind;
  /** Site path without the base, e.g. "briefs/2025-q1/" (percent-encoded as in an href). */
  path: string;
}

/** Folders of a section that hold an index.html, biggest page first. */
function pagesIn(dist: string, section: string): string[] {
  const dir = path.join(dist, section);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'index.html')))
    .map((entry) => ({ name: entry.name, size: fs.statSync(path.join(dir, entry.name, 'index.html')).size }))
    .sort((a, b) => b.size - a.size || a.name.localeCompare(b.name))
    .map((entry) => entry.name);
}

const sitePath = (section: string, slug: string) => `${section}/${encodeURIComponent(slug)}/`;

/**
 * @param dist the built site
 * @param contentDir its content root: a quarter without content/briefs/<slug>.md* is unpublished
 */
export function pagesOfEachKind(dist: string, contentDir: string): KindPage[] {
  const briefFiles = fs.existsSync(path.join(contentDir, 'briefs'))
    ? fs.readdirSync(path.join(contentDir, 'briefs')).map((file) => file.replace(/\.mdx?$/, ''))
    : [];
  const quarters = pagesIn(dist, 'briefs');
  const published = quarters.find((q) => briefFiles.includes(q));
  const unpublished = quarters.find((q) => !briefFiles.includes(q));
  const withFigures = quarters.find((q) => fs.existsSync(path.join(dist, 'briefs', q, 'figures', 'index.html')));
  const entities = pagesIn(dist, 'entities');
  const entity = entities.find((slug) => /[^\x00-\x7f]/.test(slug)) ?? entities[0];
  const pick = (kind: PageKind, p: string | undefined): KindPage[] => (p === undefined ? [] : [{ kind, path: p }]);
  return [
    { kind: 'home', path: '' },
    { kind: 'briefs', path: 'briefs/' },
    ...pick('brief', published && sitePath('briefs', published)),
    ...pick('brief-unpublished', unpublished && sitePath('briefs', unpublished)),
    ...pick('brief-figures', withFigures && `${sitePath('briefs', withFigures)}figures/`),
    ...pick('note', pagesIn(dist, 'notes')[0] && sitePath('notes', pagesIn(dist, 'notes')[0]!)),
    { kind: 'topics', path: 'topics/' },
    ...pick('topic', pagesIn(dist, 'topics')[0] && sitePath('topics', pagesIn(dist, 'topics')[0]!)),
    { kind: 'entities', path: 'entities/' },
    ...pick('entity', entity && sitePath('entities', entity)),
    ...pick('search', fs.existsSync(path.join(dist, 'search', 'index.html')) ? 'search/' : undefined),
    // Served for an unknown address, as a host does.
    { kind: '404', path: 'no-such-page/' },
  ];
}

/** Every HTML file of a build, relative, with "/" separators. */
export function htmlPagesOf(dist: string): string[] {
  return (fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((rel) => rel.endsWith('.html'))
    .map((rel) => rel.split(path.sep).join('/'))
    .sort();
}
