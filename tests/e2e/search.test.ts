/**
 * Search in real Chromium: the Pagefind index written after the build answers a query on
 * the sample site, at the root and under a sub-path, and a result leads to its note.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext, watchProblems } from '../helpers/browser.ts';
import { siteDist, SITES, type SiteName } from '../helpers/sites.ts';
import { serveDist } from '../helpers/static-server.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each<SiteName>(['sample', 'sampleSubpath'])('search on %s', (name) => {
  it('finds notes by a word in their body and opens one', async () => {
    const server = await serveDist(siteDist(name), { base: SITES[name].basePath });
    const context = await newContext(browser);
    const problems = watchProblems(context, server.origin);
    try {
      const page = await context.newPage();
      await page.goto(server.href('search/'));
      const input = page.getByRole('searchbox').or(page.locator('.pagefind-ui__search-input')).first();
      await input.fill('Zuckerberg');
      const results = page.locator('.pagefind-ui__result-link');
      await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
      const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
      const sections = ['notes/', 'briefs/', 'topics/', 'entities/'].map((section) => `${SITES[name].basePath}${section}`);
      expect(hrefs.every((href) => sections.some((section) => href?.startsWith(section)))).toBe(true);
      const seed = results.filter({ hasText: 'Zuckerberg weighs DeepSeek' }).first();
      await seed.click();
      await page.waitForURL(/\/notes\/zuckerberg-deepseek-ai-spending\/$/);
      expect(await page.locator('h1').textContent()).toContain('Zuckerberg');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});

describe('search on the sample, as a reader uses it', () => {
  it('runs ?q= on load, names each result\'s kind and quarter, ranks the topic first for its name, and filters', async () => {
    const server = await serveDist(siteDist('sample'), { base: '/' });
    const context = await newContext(browser);
    const problems = watchProblems(context, server.origin);
    try {
      const page = await context.newPage();
      await page.goto(server.href('search/?q=capex'));
      const results = page.locator('.pagefind-ui__result-link');
      await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(1);
      expect(await page.locator('.pagefind-ui__search-input').inputValue()).toBe('capex');
      const titles = await results.allTextContents();
      expect(titles[0]).toMatch(/^AI capex \(Topic\)$/);
      expect(titles.some((title) => / \(Note · 20\d\d-Q[1-4]\)$/.test(title))).toBe(true);
      // Pagefind's filter panel offers the kinds, topics and quarters the pages declare.
      const filters = await page.locator('.pagefind-ui__filter-name').allTextContents();
      expect(filters.map((name) => name.trim().toLowerCase())).toEqual(expect.arrayContaining(['kind', 'quarter', 'topic']));
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
