/**
 * The site's settings in one place. Everything that varies per deployment comes
 * from the environment so that the same code builds any editor's corpus anywhere.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const projectRoot = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Placeholder origin: the README tells editors to set SITE_URL before deploying. */
export const DEFAULT_SITE_URL = 'https://quarterdeck.example';

export const site = {
  name: 'Quarterdeck',
  tagline: 'Quarterly briefs on the AI industry, built from curated notes.',
  language: 'en',
  /** How many notes the site-wide feed carries (all published briefs are always in). */
  siteFeedNoteLimit: 50,
  /** How many notes the home page lists under "Latest notes". */
  homeLatestNotes: 8,
  colors: {
    accent: '#0b5cad',
    ink: '#14171f',
    paper: '#fbfaf7',
  },
} as const;

export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.SITE_URL || DEFAULT_SITE_URL).replace(/\/+$/, '');
}

/** Normalises BASE_PATH to Astro's form: leading and trailing slash, "/" when unset. */
export function basePath(env: Record<string, string | undefined> = process.env): string {
  const raw = (env.BASE_PATH || '/').trim();
  const inner = raw.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

/** The content root: CONTENT_DIR, relative to the current directory, or ./content. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return env.CONTENT_DIR ? path.resolve(env.CONTENT_DIR) : path.join(projectRoot, 'content');
}

export { projectRoot };
