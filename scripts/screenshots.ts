/**
 * npm run screenshots [-- --dist <folder>] [--base /qd/] [--out <folder>] [--content <folder>]
 *
 * Full-page PNGs of one page of each kind, light and dark, on a 360 px phone and a 1280 px
 * desktop, in real Chromium: tests/screenshots/<kind>-<width>-<scheme>.png (git-ignored).
 * Uses the sample build of the test suite (tests/.output/sample/dist) and builds it first if
 * it is missing; --dist points at any other build (e.g. dist/ after `npm run build`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium, newContext, type Scheme } from '../tests/helpers/browser.ts';
import { pagesOfEachKind, type KindPage } from '../tests/helpers/page-kinds.ts';
import { SITES, buildEnv, outputRoot, projectRoot, siteDist } from '../tests/helpers/sites.ts';
import { serveDist } from '../tests/helpers/static-server.ts';

export const WIDTHS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;
export const SCHEMES: Scheme[] = ['light', 'dark'];

export interface ShotOptions {
  dist: string;
  contentDir: string;
  base?: string;
  outDir: string;
  /** Only these kinds (default: all). */
  kinds?: KindPage['kind'][];
}

/** Captures every kind × width × scheme; returns the files written. */
export async function captureScreenshots(options: ShotOptions): Promise<string[]> {
  fs.mkdirSync(options.outDir, { recursive: true });
  const pages = pagesOfEachKind(options.dist, options.contentDir).filter((p) => !options.kinds || options.kinds.includes(p.kind));
  const server = await serveDist(options.dist, { base: options.base });
  const browser = await launchChromium();
  const written: string[] = [];
  try {
    for (const size of WIDTHS) {
      for (const scheme of SCHEMES) {
        const context = await newContext(browser, { width: size.width, height: size.height, scheme });
        const page = await context.newPage();
        for (const { kind, path: sitePath } of pages) {
          // Only the search page runs scripts (Pagefind): wait for it to settle; others are done at load.
          await page.goto(server.href(sitePath), { waitUntil: kind === 'search' ? 'networkidle' : 'load' });
          const file = path.join(options.outDir, `${kind}-${size.name}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
          written.push(file);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return written;
}

function ensureSampleBuild(): string {
  const dist = siteDist('sample');
  if (fs.existsSync(path.join(dist, 'index.html'))) return dist;
  console.log(`building the sample site into ${dist} …`);
  const spec = SITES.sample;
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: projectRoot,
    env: buildEnv(spec, path.join(outputRoot, spec.name, 'card-cache')),
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  return dist;
}

async function main() {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      base: { type: 'string' },
      out: { type: 'string' },
      content: { type: 'string' },
    },
  });
  const dist = values.dist ? path.resolve(values.dist) : ensureSampleBuild();
  const outDir = path.resolve(values.out ?? path.join(projectRoot, 'tests', 'screenshots'));
  const started = Date.now();
  const files = await captureScreenshots({
    dist,
    base: values.base ?? (values.dist ? process.env.BASE_PATH : SITES.sample.basePath),
    contentDir: path.resolve(values.content ?? process.env.CONTENT_DIR ?? SITES.sample.contentDir),
    outDir,
  });
  console.log(`${files.length} screenshots in ${path.relative(process.cwd(), outDir) || '.'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
