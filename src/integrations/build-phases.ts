/**
 * Astro's part of the build report's phases (src/lib/build/report.ts `astroPhases`): when its
 * hooks run, in milliseconds since the process started. Until `astro:config:done`: starting
 * Node, loading the config and the integrations. Until `astro:build:start`: Vite's setup and
 * the content layer's sync, which parses and renders the Markdown. Until
 * `astro:build:generated`: bundling, the catalog, every route's paths and the rendering of the
 * routes (src/middleware.ts times those). The `astro:build:done` work of the integrations
 * wrapped in `timed` (sitemap, search index) times itself.
 */
import type { AstroIntegration } from 'astro';
import { addToReport } from '../lib/build/report.ts';

export function buildPhases(): AstroIntegration {
  let configDone = 0;
  let buildStart = 0;
  return {
    name: 'quarterdeck:build-phases',
    hooks: {
      'astro:config:done': () => {
        configDone = performance.now();
      },
      'astro:build:start': () => {
        buildStart = performance.now();
      },
      'astro:build:generated': () => {
        addToReport({
          phases: {
            startup: Math.round(configDone),
            content: Math.round(buildStart - configDone),
            generate: Math.round(performance.now() - buildStart),
          },
        });
      },
    },
  };
}

/** The integration, with the time its `astro:build:done` hook takes reported as `phase`. */
export function timed(phase: string, integration: AstroIntegration): AstroIntegration {
  const done = integration.hooks['astro:build:done'];
  if (!done) return integration;
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:build:done': async (options) => {
        const started = performance.now();
        await done(options);
        addToReport({ phases: { [phase]: Math.round(performance.now() - started) } });
      },
    },
  };
}
