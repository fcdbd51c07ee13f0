/**
 * Real Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core
 * (no browser download). One browser per test file; a fresh context per test or scheme.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { projectRoot } from './sites.ts';

/** CHROMIUM_PATH overrides the Debian default (e.g. a local Chrome on a laptop). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Without these flags Chromium phones home (component updates, sync, QUIC probes…), which on
 * a closed network means noise and stalls; the sandbox needs user namespaces CI may not have.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function chromiumAvailable(): boolean {
  return fs.existsSync(chromiumPath);
}

export async function launchChromium(): Promise<Browser> {
  if (!chromiumAvailable()) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install it (Debian/Ubuntu: apt-get install chromium) ` +
        'or set CHROMIUM_PATH to a Chrome/Chromium binary.',
    );
  }
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
}

export type Scheme = 'light' | 'dark';

export interface ContextOptions {
  scheme?: Scheme;
  width?: number;
  height?: number;
}

export async function newContext(browser: Browser, options: ContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    colorScheme: options.scheme ?? 'light',
    reducedMotion: 'reduce',
    // Nothing leaves 127.0.0.1: the site must not depend on anything else.
    serviceWorkers: 'block',
  });
  context.setDefaultTimeout(15_000);
  return context;
}

/** One thing that went wrong while a page loaded or ran. */
export interface PageProblem {
  kind: 'console' | 'pageerror' | 'requestfailed' | 'http' | 'offsite';
  page: string;
  detail: string;
}

/**
 * Records console errors, uncaught exceptions, failed requests, HTTP statuses ≥ 400 and any
 * request that leaves `origin`, for every page of the context. `allow(url, status)` lets a
 * test accept a deliberate one (the 404 page).
 */
export function watchProblems(
  context: BrowserContext,
  origin: string,
  allow: (url: string, status: number) => boolean = () => false,
): PageProblem[] {
  const problems: PageProblem[] = [];
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      // Chromium logs every error response to the console too; an allowed one is no problem.
      const status = Number(message.text().match(/^Failed to load resource: the server responded with a status of (\d+)/)?.[1]);
      if (status && allow(message.location().url, status)) return;
      problems.push({ kind: 'console', page: page.url(), detail: message.text() });
    });
    page.on('pageerror', (error) => problems.push({ kind: 'pageerror', page: page.url(), detail: String(error) }));
    page.on('requestfailed', (request) => {
      // A request the page's own navigation cancelled (a click while the icon was loading) is
      // no fault of the site; a refused or missing resource fails with another error.
      if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
      problems.push({ kind: 'requestfailed', page: page.url(), detail: `${request.url()}: ${request.failure()?.errorText}` });
    });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('about:')) {
        problems.push({ kind: 'offsite', page: page.url(), detail: url });
      }
    });
    page.on('response', (response) => {
      const status = response.status();
      if (status >= 400 && !allow(response.url(), status)) {
        problems.push({ kind: 'http', page: page.url(), detail: `${status} ${response.url()}` });
      }
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return problems;
}

/** axe-core's browser build, injected into pages as a script tag. */
export const axeSource = fs.readFileSync(path.join(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

export type Impact = 'minor' | 'moderate' | 'serious' | 'critical';
const IMPACTS: Impact[] = ['minor', 'moderate', 'serious', 'critical'];

export interface AxeOptions {
  /** Report violations of at least this impact (default: serious). */
  minImpact?: Impact;
  /** Run only these rules (e.g. ['color-contrast']); default: WCAG 2.x A/AA and best practices. */
  rules?: string[];
}

/** Runs axe-core inside the page; returns its violations of at least `minImpact`. */
export async function runAxe(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const runOnly = options.rules
    ? { type: 'rule', values: options.rules }
    : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'] };
  const violations = await page.evaluate(async (runOnly) => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { resultTypes: ['violations'], runOnly });
    return (result.violations as {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: unknown[]; html: string; failureSummary?: string }[];
    }[]).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html.slice(0, 200), summary: n.failureSummary ?? '' })),
    }));
  }, runOnly);
  const min = IMPACTS.indexOf(options.minImpact ?? 'serious');
  return violations.filter((v) => IMPACTS.indexOf((v.impact ?? 'minor') as Impact) >= min);
}

export function formatViolations(where: string, violations: AxeViolation[]): string {
  return violations
    .map((v) => `${where}: [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target}  ${n.html}\n      ${n.summary.replace(/\n/g, '\n      ')}`).join('\n')}`)
    .join('\n');
}
