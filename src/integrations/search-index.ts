/**
 * Full-text search: after the build, Pagefind indexes the pages that mark their
 * readable part with `data-pagefind-body` (notes, briefs, topics) and writes its
 * bundle to `<outDir>/pagefind/`, which the /search/ page loads.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { addToReport } from '../lib/build/report.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'quarterdeck:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`search index: ${added.page_count} pages`);
          addToReport({ searchPages: added.page_count });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
