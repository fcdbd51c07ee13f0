import { defineConfig } from 'vitest/config';

/**
 * Three projects: `components` renders .astro files with the Container API; `unit` is
 * pure and fast; `site` needs built sites, which the global
 * setup builds once per run (tests/setup/build-sites.ts) and every site test shares.
 */
export default defineConfig({
  test: {
    projects: [
      'tests/components/vitest.config.ts',
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/build-sites.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Browser tests share one Chromium and one server per file; keep files apart.
          fileParallelism: false,
        },
      },
    ],
  },
});
