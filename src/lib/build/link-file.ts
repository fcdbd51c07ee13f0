/**
 * Files the build shares with its caches (cards, the search index) are hard-linked, not
 * copied: a link costs a directory entry, a copy the bytes. Nothing writes to them in place
 * (caches write a temporary file and rename it; a build writes into a fresh staging folder,
 * and a page linked there from the previous site is unlinked before Astro writes it again:
 * prelinked-staging.ts), so the site and the cache can share them. Across file systems, where
 * links cannot go, copied.
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

export function linkFile(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Recreates the folder `from` at `to`, file by file. */
export function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else linkFile(source, target);
  }
}
