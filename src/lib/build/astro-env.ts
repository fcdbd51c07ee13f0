/**
 * The environment Astro's build runs in: the caller's, with the build's own settings on top,
 * less the variable a shell keeps for its own bookkeeping.
 *
 * Astro writes each environment variable whose name occurs in a module that reads
 * `import.meta.env` whole into that module's code (getReferencedPrivateKeys in
 * astro/dist/env/vite-plugin-import-meta-env.js, a substring test), and its incremental build
 * renders again every page whose modules' code changed. `_`, which a shell sets to the last
 * command it ran, occurs in all code: left in, a build started from another command line
 * (`npm run build`, then `node scripts/build.ts`) rendered every feed and email again, because
 * their routes reach Astro's actions runtime, which reads `import.meta.env` whole.
 *
 * It also asks for the allocator setting below, unless the caller chose one.
 */
export function astroEnv(callerEnv: NodeJS.ProcessEnv, settings: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { _: _lastCommand, ...env } = callerEnv;
  return { ...ALLOCATOR_ENV, ...env, ...settings };
}

/**
 * Rolldown's and the Astro compiler's native bindings allocate with mimalloc 3, which asks the
 * kernel for transparent huge pages: every first touch of a 2 MiB region is zeroed whole, and
 * the bundler touches far more regions than it fills. `perf` put that zeroing (clear_page_erms
 * under do_huge_pmd_anonymous_page, rolldown-worker threads) at 8% of a warm build's CPU.
 * Turned off for Astro's process (mimalloc calls prctl(PR_SET_THP_DISABLE) at start-up), a
 * warm build of 1,000 notes went from 4.76 to 4.09 s and its peak RSS from 738 to 582 MiB.
 */
export const ALLOCATOR_ENV: Readonly<Record<string, string>> = { MIMALLOC_ALLOW_THP: '0' };

/** Set (to `1`) for Astro by the build script: the page cards are its to place, so Astro renders no page-card route (src/data/cards.ts, card-output.ts). */
export const CARDS_PLACED_BY_BUILD_ENV = 'QD_CARDS_PLACED_BY_BUILD';

/**
 * Set by the build script for Astro: the digest of the code (code-version.ts) under which
 * Astro's process may keep results between builds (src/lib/feeds/kept-items.ts). A bare
 * `astro build` has none and keeps nothing.
 */
export const CODE_VERSION_ENV = 'QD_CODE_VERSION';

/**
 * Set (to `1`) by the build script for Astro: write into the staging folder of the output
 * folder (stagingDirFor, staged-output.ts) rather than into it. Astro's config resolves the
 * output folder itself, so the script can start Astro before it has loaded the settings.
 */
export const STAGED_BUILD_ENV = 'QD_STAGED_BUILD';

/**
 * What Astro's process tells the build script (over the IPC channel the script opens) once
 * its output is complete: every page written, the previous site's leftovers and Astro's own
 * scratch files gone (src/integrations/prelinked-staging.ts). The search index can start while
 * Astro writes the sitemap and exits.
 */
export const PAGES_WRITTEN_MESSAGE = 'quarterdeck:pages-written';

/**
 * Set (to `1`) by the build script for Astro: the script writes the search index itself,
 * after Astro (src/lib/build/search-index.ts), so Astro's search-index hook does nothing.
 */
export const SEARCH_BY_BUILD_ENV = 'QD_SEARCH_BY_BUILD';
