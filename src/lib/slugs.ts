/**
 * Unicode-aware slugs. Letters of every script survive (`Яндекс` → `яндекс`),
 * case folds (`E2E` → `e2e`), and names that slug alike are the same thing.
 */
import { slug as githubSlug } from 'github-slugger';

export function slugify(name: string): string {
  return githubSlug(name.normalize('NFKC'))
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A note's slug is its file name without folders or extension. */
export function fileSlug(filePath: string): string {
  const base = filePath.split(/[\\/]/).pop() ?? filePath;
  return base.replace(/\.(md|mdx)$/i, '');
}
