/**
 * Astro's own floor on the same notes: a bare Astro site, written into the bench folder, with
 * one page per note (its title and its Markdown, rendered by the same unified processor this
 * project uses) through the same content layer and incremental build, and nothing else: no
 * catalog, topics, entities, briefs, feeds, cards, emails, sitemap or search index. Built cold
 * (no caches) and warm (nothing changed), it shows what any Astro site of this many notes costs,
 * apart from what Quarterdeck adds, and so how far Astro itself sets the ratios to Hugo.
 */
import fs from 'node:fs';
import path from 'node:path';
import { astroEnv } from '../../src/lib/build/astro-env.ts';
import { measure, type Measured } from './measure.ts';
import { setAside } from './set-aside.ts';

export interface BaselinePaths {
  /** The bare site's project folder. */
  root: string;
  /** The corpus's notes, which the site's content collection loads where they are. */
  notesDir: string;
}

const FILES: Record<string, (notesDir: string) => string> = {
  'astro.config.mjs': () =>
    [
      "import { defineConfig } from 'astro/config';",
      "import { unified } from '@astrojs/markdown-remark';",
      '',
      'export default defineConfig({',
      "  outDir: './dist',",
      "  cacheDir: './cache',",
      '  devToolbar: { enabled: false },',
      '  experimental: { incrementalBuild: true },',
      '  markdown: { processor: unified({}) },',
      '});',
      '',
    ].join('\n'),
  'src/content.config.ts': (notesDir) =>
    [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      '',
      `export const collections = { notes: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(notesDir)} }) }) };`,
      '',
    ].join('\n'),
  'src/pages/notes/[...slug].astro': () =>
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      '',
      'export async function getStaticPaths() {',
      "  const notes = await getCollection('notes');",
      '  return notes.map((entry) => ({ params: { slug: entry.id }, props: { entry }, cacheKey: entry.digest }));',
      '}',
      '',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>',
      '<body><h1>{entry.data.title}</h1><Content /></body></html>',
      '',
    ].join('\n'),
};

/** Writes the bare site; it finds Astro in this project's node_modules through a link. */
export function writeAstroBaseline({ root, notesDir }: BaselinePaths, projectRoot: string): void {
  for (const [file, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text(notesDir));
  }
  fs.writeFileSync(path.join(root, 'package.json'), `${JSON.stringify({ name: 'astro-baseline', private: true, type: 'module' }, null, 2)}\n`);
  const modules = path.join(root, 'node_modules');
  if (!fs.existsSync(modules)) fs.symlinkSync(path.join(projectRoot, 'node_modules'), modules, 'dir');
}

/** Sets aside (set-aside.ts) everything a build of the bare site leaves for the next one. */
function clearBaseline(root: string, trash: string): void {
  for (const dir of ['dist', 'cache', '.astro', 'compile-cache']) setAside(path.join(root, dir), trash);
}

export interface BaselineResult {
  cold: Measured[];
  warm: Measured[];
  /** Pages of the last build. */
  pages: number;
}

/** Cold builds (every cache cleared first, Node's compile cache too) and warm ones, `runs` each, the way Quarterdeck's are timed. */
export async function timeAstroBaseline(root: string, projectRoot: string, runs: number, trash: string): Promise<BaselineResult> {
  const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // The environment Quarterdeck gives Astro (the allocator setting included), so the floor is Astro's, not a setting's.
  const env = astroEnv(process.env, { ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', NODE_COMPILE_CACHE: path.join(root, 'compile-cache') });
  const build = async () => {
    const run = await measure(process.execPath, [astro, 'build'], { cwd: root, env });
    if (run.status !== 0) throw new Error(`the bare Astro site did not build (exit ${run.status}):\n${run.outputTail}`);
    return run;
  };
  const cold: Measured[] = [];
  for (let i = 0; i < runs; i++) {
    clearBaseline(root, trash);
    cold.push(await build());
  }
  const warm: Measured[] = [];
  for (let i = 0; i < runs; i++) warm.push(await build());
  const pages = (fs.readdirSync(path.join(root, 'dist', 'notes'), { recursive: true }) as string[]).filter((file) => file.endsWith('index.html')).length;
  return { cold, warm, pages };
}
