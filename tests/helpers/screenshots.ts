/**
 * Full-page PNGs of one page of each kind, light and dark, on a 360 px phone and a 1280 px
 * desktop, in real Chromium. `npm run screenshots` (tests/e2e/screenshots.test.ts with
 * QD_SCREENSHOTS=all) writes every kind of the sample build to tests/screenshots/
 * (git-ignored) for a look by eye; the test suite takes two kinds to prove it works.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, newContext, type Scheme } from './browser.ts';
import { pagesOfEachKind, type KindPage } from './page-kinds.ts';
import { serveDist } from './static-server.ts';

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
