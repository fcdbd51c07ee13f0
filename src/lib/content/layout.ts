/**
 * The shape of a content folder, in one place: which collection lives in which folder,
 * which files count, and where a new note or brief goes. The collections
 * (src/content.config.ts), the checks (src/lib/checks) and the scaffolding scripts
 * (new-note, new-brief) all ask here.
 */
import path from 'node:path';
import { quarterSlug, type Quarter } from '../quarters.ts';

export type CollectionName = 'topics' | 'notes' | 'briefs' | 'entities';

export interface CollectionLayout {
  /** Folder under the content root. */
  folder: string;
  /** Whether sub-folders count (`notes/2025/x.md`) or only files directly in the folder. */
  recursive: boolean;
  /** The glob Astro's loader uses, relative to the folder. */
  pattern: string;
}

export const collectionLayout: Record<CollectionName, CollectionLayout> = {
  topics: { folder: 'topics', recursive: false, pattern: '*.{md,mdx}' },
  notes: { folder: 'notes', recursive: true, pattern: '**/*.{md,mdx}' },
  briefs: { folder: 'briefs', recursive: false, pattern: '*.{md,mdx}' },
  entities: { folder: 'entities', recursive: false, pattern: '*.{md,mdx}' },
};

/** The collections in the order the checks read them. */
export const COLLECTIONS: readonly CollectionName[] = ['topics', 'notes', 'briefs', 'entities'];

/** The site's own settings file, at the content root. */
export const SITE_FILE = 'site.yaml';

/** Content files are Markdown or MDX; dot-files are skipped everywhere. */
export function isContentFileName(name: string): boolean {
  return !name.startsWith('.') && /\.mdx?$/i.test(name);
}

export function collectionDir(root: string, collection: CollectionName): string {
  return path.join(root, collectionLayout[collection].folder);
}

/** Where a new note goes: `notes/<yyyy>/<slug>.md`, filed by the year of its date. */
export function noteFilePath(root: string, date: Date, slug: string, ext: '.md' | '.mdx' = '.md'): string {
  return path.join(collectionDir(root, 'notes'), String(date.getUTCFullYear()), `${slug}${ext}`);
}

/** Where a quarter's brief goes: `briefs/<yyyy>-q<n>.md`. */
export function briefFilePath(root: string, quarter: Quarter, ext: '.md' | '.mdx' = '.md'): string {
  return path.join(collectionDir(root, 'briefs'), `${quarterSlug(quarter)}${ext}`);
}

export function siteFilePath(root: string): string {
  return path.join(root, SITE_FILE);
}

/**
 * True when `target` lies inside `root` (after resolving `..` and symlink-free path
 * segments): scaffolding never writes outside the content folder.
 */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(path.resolve(root), path.resolve(target));
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
