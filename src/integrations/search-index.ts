/**
 * Full-text search: after the build, Pagefind indexes the pages that mark their readable part
 * with `data-pagefind-body` (notes, briefs, topics, entities) and writes its bundle to
 * `<outDir>/pagefind/`, which the /search/ page loads. A build whose pages did not change
 * copies the last index back from the cache instead (src/lib/build/search-index-cache.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { addToReport } from '../lib/build/report.ts';
import { keepSearchIndex, pagesFingerprint, restoreSearchIndex } from '../lib/build/search-index-cache.ts';
import { projectRoot, siteConfig } from '../site.ts';

/** Pagefind's version is part of the index's fingerprint (its package does not export package.json). */
function pagefindVersion(): string {
  try {
    return (JSON.parse(readFileSync(path.join(projectRoot, 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'quarterdeck:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Stemming follows the site's language (`de-CH` stems as German).
        const language = siteConfig.language.split('-')[0]!.toLowerCase();
        const fingerprint = pagesFingerprint(outDir, { pagefind: pagefindVersion(), language });
        const kept = restoreSearchIndex(siteConfig.astroCacheDir, fingerprint, outDir);
        if (kept !== null) {
          logger.info(`search index: ${kept} pages (unchanged pages, index copied from the last build)`);
          addToReport({ searchPages: kept });
          return;
        }
        const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`search index: ${added.page_count} pages`);
          addToReport({ searchPages: added.page_count });
          keepSearchIndex(siteConfig.astroCacheDir, fingerprint, outDir, added.page_count);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
