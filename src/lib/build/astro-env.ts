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
 */
export function astroEnv(callerEnv: NodeJS.ProcessEnv, settings: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { _: _lastCommand, ...env } = callerEnv;
  return { ...env, ...settings };
}

/** Set (to `1`) for Astro by the build script: the page cards are its to place, so Astro renders no page-card route (src/data/cards.ts, card-output.ts). */
export const CARDS_PLACED_BY_BUILD_ENV = 'QD_CARDS_PLACED_BY_BUILD';
