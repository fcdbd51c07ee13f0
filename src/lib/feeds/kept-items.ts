/**
 * Sanitising an item's HTML (parse, absolute URLs, sanitise, serialise) is most of what a
 * feed costs, and an edit re-renders every feed that carries the edited note: the site feed
 * with all its briefs, the note's topics and entities with fifty notes each. The result
 * depends only on the HTML, the URLs it is resolved against and the code that sanitises, so
 * each item's result is kept, one file per item, for the next build, which sanitises again
 * only an item whose input changed. One file per item, overwritten when it changes, keeps
 * the store as large as the feeds; the build script removes the files of items that left.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sanitizeFeedHtml, type FeedHtmlOptions } from './html.ts';

/** Where a build keeps its items' results, in Astro's cache folder (so they go when it is cleared). */
export const keptItemsDir = (astroCacheDir: string) => path.join(astroCacheDir, 'feed-items');

/** Sanitises `html` for the feed item `item` (`note:<slug>`, `brief:<quarter>`). */
export type ItemSanitizer = (item: string, html: string, options: FeedHtmlOptions) => string;

export const sanitizeItem: ItemSanitizer = (_item, html, options) => sanitizeFeedHtml(html, options);

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/** The file an item's result is kept in: named by a digest, since a slug may hold any letter. */
export const keptItemFile = (item: string) => `${digest(item)}.json`;

interface KeptItem {
  input: string;
  html: string;
}

/** An ItemSanitizer that keeps its results in `dir`, for code identified by `version` (code-version.ts). */
export function keptSanitizer(dir: string, version: string): ItemSanitizer {
  mkdirSync(dir, { recursive: true });
  return (item, html, options) => {
    const input = digest(JSON.stringify([version, options.siteUrl, options.base, options.pageUrl ?? null, html]));
    const file = path.join(dir, keptItemFile(item));
    try {
      const kept = JSON.parse(readFileSync(file, 'utf8')) as Partial<KeptItem>;
      if (kept.input === input && typeof kept.html === 'string') return kept.html;
    } catch {
      // not kept yet, or unreadable: sanitise
    }
    const safe = sanitizeFeedHtml(html, options);
    // Written aside and renamed, so a reader never sees half a file.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ input, html: safe } satisfies KeptItem));
    renameSync(temporary, file);
    return safe;
  };
}

/** Removes the kept results of items other than `items`; the number removed. */
export function pruneKeptItems(dir: string, items: Iterable<string>): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  const keep = new Set([...items].map(keptItemFile));
  let removed = 0;
  for (const name of names) {
    if (keep.has(name)) continue;
    rmSync(path.join(dir, name), { force: true });
    removed++;
  }
  return removed;
}
