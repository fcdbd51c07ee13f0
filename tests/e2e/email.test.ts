/**
 * The sample's email editions in real Chromium, as a mail client's web view shows them: at
 * 600 px (the column) and 360 px (a phone), light and dark, no sideways scroll, readable
 * contrast, nothing loaded. Screenshots go to tests/screenshots/ (git-ignored) to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, launchChromium, newContext, runAxe, watchProblems, type Scheme } from '../helpers/browser.ts';
import { projectRoot, siteDist } from '../helpers/sites.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';

const screenshots = path.join(projectRoot, 'tests', 'screenshots');
const QUARTERS = ['2025-q1', '2024-q4'];
const VIEWS: { width: number; scheme: Scheme }[] = [
  { width: 600, scheme: 'light' },
  { width: 600, scheme: 'dark' },
  { width: 360, scheme: 'light' },
  { width: 360, scheme: 'dark' },
];

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true });
  [browser, server] = await Promise.all([launchChromium(), serveDist(siteDist('sample'))]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(QUARTERS)('the email edition of %s in Chromium', (quarter) => {
  const backgrounds: Record<string, string> = {};

  it.each(VIEWS)('at $width px, $scheme: no sideways scroll, readable, nothing loaded', async ({ width, scheme }) => {
    const context = await newContext(browser, { width, height: 900, scheme });
    // Opened on its own, the email has no icon link, so Chromium asks for /favicon.ico; a mail
    // client never does. Anything else that fails to load is a problem.
    const problems = watchProblems(context, server.origin, (url, status) => status === 404 && /\/favicon\.ico$/.test(url));
    const page = await context.newPage();
    await page.goto(server.href(`briefs/${quarter}/email.html`));
    const layout = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      column: document.querySelector('table[width="600"]')!.getBoundingClientRect().width,
      background: getComputedStyle(document.querySelector('table.column')!).backgroundColor,
      preheader: (document.querySelector('.preheader') as HTMLElement).offsetHeight,
    }));
    expect(layout.scroll, 'page wider than the window').toBeLessThanOrEqual(layout.viewport);
    expect(layout.column).toBeLessThanOrEqual(600);
    expect(layout.preheader).toBe(0);
    const violations = await runAxe(page, { rules: ['color-contrast'] });
    expect(violations, formatViolations(`${quarter} ${width} ${scheme}`, violations)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, `email-${quarter}-${width}-${scheme}.png`), fullPage: true });
    expect(problems).toEqual([]);
    backgrounds[`${width}-${scheme}`] = layout.background;
    await context.close();
  });

  it('turns dark in a client that honours prefers-color-scheme', () => {
    expect(backgrounds['360-dark']).not.toBe(backgrounds['360-light']);
    expect(backgrounds['600-dark']).toBe(backgrounds['360-dark']);
  });
});
