/**
 * A reader in real Chromium, on the built sample site served from 127.0.0.1: clicking through
 * the site, the 404 page, a phone-sized screen, dark mode and print. No console error and no
 * failed request anywhere; no JavaScript except on /search/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, launchChromium, newContext, runAxe, watchProblems, type PageProblem } from '../helpers/browser.ts';
import { htmlPagesOf, pagesOfEachKind } from '../helpers/page-kinds.ts';
import { SITES, siteDist } from '../helpers/sites.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';

const dist = siteDist('sample');
const kinds = pagesOfEachKind(dist, SITES.sample.contentDir);
const quarters = fs
  .readdirSync(path.join(dist, 'briefs'))
  .filter((name) => /^\d{4}-q[1-4]$/.test(name))
  .sort();
/** Quarters with a brief file: the home page leads with the latest of them. */
const published = quarters.filter((q) => fs.existsSync(path.join(SITES.sample.contentDir, 'briefs', `${q}.md`)) || fs.existsSync(path.join(SITES.sample.contentDir, 'briefs', `${q}.mdx`)));
const UNKNOWN = 'no-such-page/';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveDist(dist);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The deliberate 404 is the only error response a test accepts. */
const allowUnknown = (url: string, status: number) => status === 404 && url.endsWith(`/${UNKNOWN}`);

function expectNoProblems(problems: PageProblem[]) {
  expect(problems.map((p) => `${p.kind} on ${p.page}: ${p.detail}`)).toEqual([]);
}

/** Clicks a link and waits for the page it leads to; returns that page's site path. */
async function follow(page: Page, selector: string, expected: RegExp): Promise<string> {
  // A reader clicks what they see: links folded inside a closed <details> do not count.
  const link = page.locator(selector).filter({ visible: true }).first();
  await expect.poll(() => link.count(), { message: `no link ${selector} on ${page.url()}` }).toBeGreaterThan(0);
  await link.scrollIntoViewIfNeeded();
  await link.click();
  await page.waitForURL(expected);
  await page.waitForLoadState('load');
  return new URL(page.url()).pathname;
}

async function h1(page: Page): Promise<string> {
  return (await page.locator('h1').innerText()).trim();
}

async function scriptCount(page: Page): Promise<number> {
  // JSON-LD is data, not JavaScript.
  return page.evaluate(() => [...document.scripts].filter((script) => script.type !== 'application/ld+json').length);
}

describe('a reader clicking through the sample site', () => {
  it('home → latest published brief → a note → its topic → a note → an entity → a note → back to its brief', async () => {
    const context = await newContext(browser);
    const problems = watchProblems(context, server.origin);
    const page = await context.newPage();
    const visited: string[] = [];
    const visit = async (selector: string, expected: RegExp) => {
      const pathname = await follow(page, selector, expected);
      visited.push(pathname);
      expect(await h1(page), `h1 on ${pathname}`).not.toBe('');
      expect(await scriptCount(page), `scripts on ${pathname}`).toBe(0);
      return pathname;
    };

    const response = await page.goto(server.url);
    expect(response?.status()).toBe(200);
    expect(await scriptCount(page)).toBe(0);

    // The latest published brief is up top.
    const brief = await visit('main a[href^="/briefs/20"]', /\/briefs\/\d{4}-q[1-4]\/$/);
    expect(brief).toBe(`/briefs/${(published.length ? published : quarters).at(-1)}/`);

    const note = await visit('main a[href^="/notes/"]', /\/notes\/[^/]+\/$/);
    // A note names its brief.
    await expect.poll(() => page.locator(`main a[href="${brief}"]`).count()).toBeGreaterThan(0);

    const topic = await visit('main a[href^="/topics/"]:not([href="/topics/"]):not([href$=".xml"])', /\/topics\/[^/]+\/$/);
    // The topic lists the note we came from.
    expect(await page.locator(`main a[href="${note}"]`).count(), `${topic} lists ${note}`).toBeGreaterThan(0);

    const note2 = await visit(`main a[href="${note}"]`, /\/notes\/[^/]+\/$/);
    expect(note2).toBe(note);
    const entity = await visit('main a[href^="/entities/"]:not([href="/entities/"]):not([href$=".xml"])', /\/entities\/[^/]+\/$/);
    expect(await page.locator(`main a[href="${note}"]`).count(), `${entity} lists ${note}`).toBeGreaterThan(0);

    // Back to a brief: through one of the entity's notes to the brief that files it.
    await visit('main a[href^="/notes/"]', /\/notes\/[^/]+\/$/);
    const back = await visit('main a[href^="/briefs/20"]', /\/briefs\/\d{4}-q[1-4]\/$/);
    expect(quarters.map((q) => `/briefs/${q}/`)).toContain(back);

    // The header takes the reader to the archive, which lists every quarter.
    await visit('header nav a[href="/briefs/"]', /\/briefs\/$/);
    for (const q of quarters) expect(await page.locator(`main a[href="/briefs/${q}/"]`).count(), q).toBeGreaterThan(0);

    expect(visited.length).toBeGreaterThanOrEqual(8);
    expectNoProblems(problems);
    await context.close();
  });

  it('walks the quarters with next and previous', async () => {
    const context = await newContext(browser);
    const problems = watchProblems(context, server.origin);
    const page = await context.newPage();
    await page.goto(server.href(`briefs/${quarters[0]}/`));
    expect(await page.locator('a[rel="prev"]').count(), 'the oldest quarter has no previous').toBe(0);

    const forward = [new URL(page.url()).pathname];
    while ((await page.locator('a[rel="next"]').count()) > 0) {
      forward.push(await follow(page, 'a[rel="next"]', /\/briefs\/\d{4}-q[1-4]\/$/));
    }
    expect(forward).toEqual(quarters.map((q) => `/briefs/${q}/`));

    const backward = [new URL(page.url()).pathname];
    while ((await page.locator('a[rel="prev"]').count()) > 0) {
      backward.push(await follow(page, 'a[rel="prev"]', /\/briefs\/\d{4}-q[1-4]\/$/));
    }
    expect(backward).toEqual([...forward].reverse());
    expectNoProblems(problems);
    await context.close();
  });

  it('shows the 404 page for an unknown address, and it leads home', async () => {
    const context = await newContext(browser);
    const problems = watchProblems(context, server.origin, allowUnknown);
    const page = await context.newPage();
    const response = await page.goto(server.href(UNKNOWN));
    expect(response?.status()).toBe(404);
    expect(await h1(page)).toMatch(/not found/i);
    expect(await page.title()).toMatch(/not found/i);
    await follow(page, 'main a[href="/"]', new RegExp(`^${server.url}$`));
    expect(await page.locator('h1').count()).toBe(1);
    expectNoProblems(problems);
    await context.close();
  });
});

describe('a site under a sub-path', () => {
  it('works from /qd/ by clicking, down to a Cyrillic entity slug', async () => {
    const sub = await serveDist(siteDist('fixtureSubpath'), { base: SITES.fixtureSubpath.basePath });
    const context = await newContext(browser);
    const problems = watchProblems(context, sub.origin);
    try {
      const page = await context.newPage();
      expect((await page.goto(sub.url))?.status()).toBe(200);
      await follow(page, 'header nav a[href="/qd/entities/"]', /\/qd\/entities\/$/);
      // A non-Latin name is linked percent-encoded and served from its UTF-8 folder.
      const cyrillic = page.locator('main a', { hasText: /[\u0400-\u04ff]/ }).first();
      const name = (await cyrillic.innerText()).trim();
      await cyrillic.click();
      await page.waitForURL(/\/qd\/entities\/%[0-9A-F]{2}/i);
      expect(await h1(page)).toBe(name);
      await follow(page, 'main a[href^="/qd/notes/"]', /\/qd\/notes\/[^/]+\/$/);
      await follow(page, 'header a[href="/qd/"]', /\/qd\/$/);
      expectNoProblems(problems);
    } finally {
      await context.close();
      await sub.close();
    }
  });
});

describe('every kind of page', () => {
  it('ships no JavaScript, except the search page', () => {
    const withScripts = htmlPagesOf(dist).filter((file) => /<script\b(?![^>]*application\/ld\+json)/i.test(fs.readFileSync(path.join(dist, file), 'utf8')));
    expect(withScripts.filter((file) => file !== 'search/index.html')).toEqual([]);
    const js = (fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).filter(
      (file) => /\.m?js$/.test(file) && !file.split(path.sep).join('/').startsWith('pagefind/'),
    );
    expect(js, 'JavaScript files outside Pagefind').toEqual([]);
  });

  it('loads without console errors or failed requests', async () => {
    const context = await newContext(browser);
    const problems = watchProblems(context, server.origin, allowUnknown);
    const page = await context.newPage();
    for (const { path: sitePath } of kinds) {
      await page.goto(server.href(sitePath), { waitUntil: 'networkidle' });
    }
    expectNoProblems(problems);
    await context.close();
  });

  it('fits a 360 × 740 phone without scrolling sideways', async () => {
    const context = await newContext(browser, { width: 360, height: 740 });
    const page = await context.newPage();
    const overflowing: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const { kind, path: sitePath } of kinds) {
        await page.goto(server.href(sitePath));
        const { scrollWidth, clientWidth, culprits } = await page.evaluate(() => {
          const root = document.documentElement;
          const wide = [...document.querySelectorAll('body *')]
            .filter((el) => {
              const box = el.getBoundingClientRect();
              // Inside a scroll container (e.g. a wide table) is fine: that scrolls on its own.
              const scroller = el.parentElement?.closest('.table-scroll, [style*="overflow"]');
              return box.right > root.clientWidth + 1 && !scroller && getComputedStyle(el).position !== 'absolute';
            })
            .slice(0, 3)
            .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">`);
          return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits: wide };
        });
        if (scrollWidth > clientWidth) overflowing.push(`${kind} (${sitePath}, ${scheme}): ${scrollWidth} > ${clientWidth}; ${culprits.join(' ')}`);
      }
    }
    expect(overflowing).toEqual([]);
    await context.close();
  });

  it('keeps AA text contrast in dark mode', async () => {
    const context = await newContext(browser, { scheme: 'dark' });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const { kind, path: sitePath } of kinds) {
      await page.goto(server.href(sitePath));
      // The dark scheme really applies: a dark background behind light text.
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = background.match(/\d+/g)!.map(Number) as [number, number, number];
      expect(0.2126 * r + 0.7152 * g + 0.0722 * b, `${kind}: body background ${background} in dark mode`).toBeLessThan(60);
      const violations = await runAxe(page, { rules: ['color-contrast'] });
      if (violations.length) failures.push(formatViolations(`${kind} (${sitePath}, dark)`, violations));
    }
    expect(failures.join('\n')).toBe('');
    await context.close();
  });

  it('prints without navigation: no header nav, footer, table of contents or pager', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    const printable = kinds.filter((k) => ['home', 'brief', 'note', 'topic', 'entity'].includes(k.kind));
    for (const { kind, path: sitePath } of printable) {
      await page.goto(server.href(sitePath));
      if (kind !== 'home') expect(await page.locator('h1').isVisible(), `${kind}: h1 printed`).toBe(true);
      expect(await page.locator('main').isVisible(), `${kind}: main printed`).toBe(true);
      for (const selector of ['.skip-link', 'header nav', 'body > footer', 'a[rel="prev"]', 'a[rel="next"]', 'nav[aria-label="In this brief"]']) {
        const shown = await page.locator(selector).evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0).length);
        expect(shown, `${kind}: ${selector} is printed`).toBe(0);
      }
    }
    // The brief and a note have a pager on screen: the test above is not vacuous.
    await page.emulateMedia({ media: 'screen' });
    await page.goto(server.href(kinds.find((k) => k.kind === 'brief')!.path));
    expect(await page.locator('a[rel="prev"], a[rel="next"]').first().isVisible()).toBe(true);
    expect(await page.locator('header nav').isVisible()).toBe(true);
    await context.close();
  });
});
