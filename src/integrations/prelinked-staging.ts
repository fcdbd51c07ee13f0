/**
 * The Astro side of a staging folder the build script started with the current site's pages
 * linked in (src/lib/build/prelinked-staging.ts): Astro writes nothing before the script has
 * prepared the folder (it starts Astro first, and prepares it meanwhile); once Astro has written every route, the
 * linked pages it no longer makes are removed, before the sitemap and the search index read
 * the folder. When Astro has also removed its own scratch files from it (`.prerender`, after
 * `astro:build:generated`), the script is told so (PAGES_WRITTEN_MESSAGE), ahead of the
 * sitemap. src/middleware.ts unlinks each page Astro renders again before it is written.
 */
import type { AstroIntegration } from 'astro';
import { PAGES_WRITTEN_MESSAGE } from '../lib/build/astro-env.ts';
import { PRELINKED_ENV, readPrelinked, removeUnclaimed, waitForPrelinked } from '../lib/build/prelinked-staging.ts';

export function prelinkedStaging(): AstroIntegration {
  return {
    name: 'quarterdeck:prelinked-staging',
    hooks: {
      'astro:build:start': async () => {
        const file = process.env[PRELINKED_ENV];
        if (file) await waitForPrelinked(file);
      },
      'astro:build:generated': ({ logger }) => {
        const file = process.env[PRELINKED_ENV];
        if (!file) return;
        const removed = removeUnclaimed(readPrelinked(file));
        if (removed.length > 0) logger.info(`${removed.length} page(s) of the previous site no longer built: removed`);
      },
      // Runs before the sitemap's own hook (astro.config.mjs lists this integration first).
      'astro:build:done': () => {
        if (process.env[PRELINKED_ENV]) process.send?.(PAGES_WRITTEN_MESSAGE);
      },
    },
  };
}
