/**
 * Full-text search: after the build, Pagefind indexes the pages that mark their readable part
 * with `data-pagefind-body` (notes, briefs, topics, entities) and writes its bundle to
 * `<outDir>/pagefind/`, which the /search/ page loads (src/lib/build/search-index.ts). Under
 * `npm run build` the build script writes the index itself, after Astro, so that it can start
 * on the site being replaced while Astro builds, and this hook is left out (astro.config.mjs);
 * it is for a bare `astro build`.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addToReport } from '../lib/build/report.ts';
import { installedPagefindVersion, writeSearchIndex } from '../lib/build/search-index.ts';
import { projectRoot, siteConfig } from '../site.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'quarterdeck:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const settings = { language: siteConfig.language, pagefindVersion: installedPagefindVersion(projectRoot), cacheDir: siteConfig.astroCacheDir };
        const { pages, how } = await writeSearchIndex(fileURLToPath(dir), settings);
        logger.info(`search index: ${pages} pages${how === 'kept' ? ' (unchanged pages, index copied from the last build)' : ''}`);
        addToReport({ searchPages: pages });
      },
    },
  };
}
