// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { settingProblems, siteConfig } from './src/site.ts';
import { rehypePlugins, remarkPlugins } from './src/lib/markdown/index.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { cardsReport } from './src/integrations/cards-report.ts';
import { buildPhases, timed } from './src/integrations/build-phases.ts';
import { prelinkedStaging } from './src/integrations/prelinked-staging.ts';
import { PRELINKED_ENV } from './src/lib/build/prelinked-staging.ts';
import { SEARCH_BY_BUILD_ENV, STAGED_BUILD_ENV } from './src/lib/build/astro-env.ts';
import { stagingDirFor } from './src/lib/build/staged-output.ts';

const { base } = siteConfig;

export default defineConfig({
  site: siteConfig.url,
  base,
  trailingSlash: 'always',
  // `npm run build` stages the site beside the output folder and swaps it in when it is done.
  outDir: process.env[STAGED_BUILD_ENV] ? stagingDirFor(siteConfig.outDir) : siteConfig.outDir,
  // One cache per content folder (see site-config.ts), or ASTRO_CACHE_DIR.
  cacheDir: siteConfig.astroCacheDir,
  // One shared stylesheet, cached after the first page: for a visit of five pages of the sample it is
  // 155 KB against 209 KB with the CSS inlined in every page (README, "Performance").
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Pages whose cache key (src/lib/catalog/page-keys.ts) and code are unchanged are copied from
  // the previous build. build.concurrency stays 1: more would switch incremental builds off.
  experimental: { incrementalBuild: true },
  vite: {
    // MDX notes import the shipped components as `quarterdeck/components`, from any content folder.
    resolve: { alias: { 'quarterdeck/components': fileURLToPath(new URL('./src/components/mdx/index.ts', import.meta.url)) } },
    // The settings resolved here, once, for the routes' bundle (see src/site.ts).
    define: { __QD_SITE_CONFIG__: JSON.stringify({ config: siteConfig, problems: settingProblems }) },
    build: {
      // The build script's staging folder is fresh, with the current site's pages linked in for
      // Astro to reuse (src/lib/build/prelinked-staging.ts): emptying it would undo that.
      emptyOutDir: !process.env[PRELINKED_ENV],
      rollupOptions: {
        // Every .mdx entry triggers this bundler notice about Astro's own `astro:head-inject`
        // marker (an upstream issue, withastro/astro#18087); it says nothing about the
        // editor's content, so it is kept out of the build log. Other warnings pass through.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  markdown: {
    processor: unified({
      remarkPlugins: remarkPlugins({ base }),
      rehypePlugins: rehypePlugins({ base }),
    }),
  },
  integrations: [
    buildPhases(),
    contentChecks(),
    mdx(),
    prelinkedStaging(),
    timed('sitemap', sitemap({ filter: (page) => !page.endsWith('/search/') })),
    // `npm run build` writes the search index itself, after Astro (src/lib/build/search-index.ts).
    ...(process.env[SEARCH_BY_BUILD_ENV] ? [] : [timed('search index', searchIndex())]),
    cardsReport(),
  ],
});
