/**
 * Accessibility of the built sample site in real Chromium: axe-core on one page of each kind
 * in light and dark (no violation of serious or critical impact), plus what axe does not
 * judge well: the skip link really moves focus to main, one h1 and no skipped heading level,
 * a visible focus indicator, meaningful link text. A planted unlabeled control proves the gate
 * can fail.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, launchChromium, newContext, runAxe } from '../helpers/browser.ts';
import { pagesOfEachKind } from '../helpers/page-kinds.ts';
import { SITES, siteDist } from '../helpers/sites.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';

const dist = siteDist('sample');
const kinds = pagesOfEachKind(dist, SITES.sample.contentDir);

let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  server = await serveDist(dist);
  browser = await launchChromium();
  page = await (await newContext(browser)).newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Link texts that say nothing out of context (WCAG 2.4.4). */
const VAGUE_LINK_TEXT = /^(click here|here|click|read more|more|link|this|this page|go|details)$/i;

describe.each(kinds)('$kind page ($path)', ({ path: sitePath }) => {
  it('has no serious or critical axe violations, light or dark', async () => {
    const reports: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(server.href(sitePath));
      const violations = await runAxe(page);
      if (violations.length) reports.push(formatViolations(`${sitePath} (${scheme})`, violations));
    }
    await page.emulateMedia({ colorScheme: 'light' });
    expect(reports.join('\n'), 'axe-core violations').toBe('');
  });

  it('has landmarks, one h1 and no skipped heading level', async () => {
    await page.goto(server.href(sitePath));
    const outline = await page.evaluate(() => ({
      mains: document.querySelectorAll('main').length,
      banners: document.querySelectorAll('body > header').length,
      footers: document.querySelectorAll('body > footer').length,
      unlabelledNavs: [...document.querySelectorAll('nav')].filter((nav) => !nav.getAttribute('aria-label') && !nav.getAttribute('aria-labelledby')).length,
      h1s: document.querySelectorAll('h1').length,
      headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => ({
        level: Number(h.tagName[1]),
        text: (h.textContent ?? '').trim().slice(0, 60),
      })),
      lang: document.documentElement.lang,
      title: document.title,
    }));
    expect(outline.mains, 'one <main>').toBe(1);
    expect(outline.banners, 'one site header').toBe(1);
    expect(outline.footers, 'one site footer').toBe(1);
    expect(outline.unlabelledNavs, 'every <nav> is labelled').toBe(0);
    expect(outline.h1s, 'exactly one h1').toBe(1);
    expect(outline.lang).not.toBe('');
    expect(outline.title).not.toBe('');
    expect(outline.headings[0]?.level, 'the first heading is the h1').toBe(1);
    const skips = outline.headings
      .map((h, i) => ({ ...h, previous: outline.headings[i - 1]?.level ?? 0 }))
      .filter((h) => h.level > h.previous + 1)
      .map((h) => `h${h.previous} → h${h.level} "${h.text}"`);
    expect(skips, 'skipped heading levels').toEqual([]);
  });

  it('has a skip link that moves focus to main', async () => {
    await page.goto(server.href(sitePath));
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLAnchorElement | null;
      const box = el?.getBoundingClientRect();
      return {
        text: el?.textContent?.trim() ?? '',
        href: el?.getAttribute('href') ?? '',
        onScreen: Boolean(box && box.width > 1 && box.height > 1 && box.top >= 0 && box.left >= 0),
      };
    });
    expect(skip.text, 'the first Tab lands on the skip link').toMatch(/skip/i);
    expect(skip.onScreen, 'the focused skip link is visible').toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    expect(new URL(page.url()).hash).toBe(skip.href);
  });

  it('shows where keyboard focus is', async () => {
    await page.goto(server.href(sitePath));
    const missing: string[] = [];
    let checked = 0;
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          what: `<${el.tagName.toLowerCase()}> ${(el.textContent ?? '').trim().slice(0, 40)}`,
          focusVisible: el.matches(':focus-visible'),
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          shadow: style.boxShadow !== 'none',
        };
      });
      if (!focus) break;
      checked++;
      if (!focus.focusVisible || !(focus.outline || focus.shadow)) missing.push(focus.what);
    }
    expect(checked, 'Tab reaches focusable elements').toBeGreaterThan(1);
    expect(missing, 'focused elements without a visible indicator').toEqual([]);
  });

  it('has meaningful link text', async () => {
    await page.goto(server.href(sitePath));
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('a[href]')].map((a) => {
        const labelledBy = a.getAttribute('aria-labelledby');
        const name =
          a.getAttribute('aria-label') ??
          (labelledBy ? labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : null) ??
          ((a as HTMLElement).innerText || a.textContent || [...a.querySelectorAll('img[alt]')].map((img) => img.getAttribute('alt')).join(' '));
        return { href: a.getAttribute('href') ?? '', name: (name ?? '').replace(/\s+/g, ' ').trim() };
      }),
    );
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => l.name === '').map((l) => l.href), 'links without a name').toEqual([]);
    expect(links.filter((l) => VAGUE_LINK_TEXT.test(l.name)).map((l) => `${l.name} → ${l.href}`), 'vague link text').toEqual([]);
  });
});

describe('the accessibility gate', () => {
  it('fails on a planted unlabeled control', async () => {
    const note = kinds.find((k) => k.kind === 'note')!;
    const html = fs.readFileSync(path.join(dist, decodeURIComponent(note.path), 'index.html'), 'utf8');
    expect(html).toContain('</main>');
    const planted = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-axe-'));
    try {
      fs.writeFileSync(path.join(planted, 'index.html'), html.replace('</main>', '<input type="text" name="q"></main>'));
      const plantedServer = await serveDist(planted);
      try {
        await page.goto(plantedServer.url);
        const violations = await runAxe(page);
        expect(violations.map((v) => `${v.id} (${v.impact})`)).toContain('label (critical)');
        expect(violations.find((v) => v.id === 'label')!.nodes.map((n) => n.target)).toEqual(['input']);
      } finally {
        await plantedServer.close();
      }
    } finally {
      fs.rmSync(planted, { recursive: true, force: true });
    }
  });
});
