/**
 * The benchmark's floor (scripts/bench/floor.ts) measures what it says: the site's own cards,
 * all of them counted and a sample drawn, and Pagefind's CPU over a real site folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureCardCpu, measurePagefindCpu } from '../../scripts/bench/floor.ts';
import { gnuTimeAvailable } from '../../scripts/bench/measure.ts';
import { catalogCards } from '../../src/lib/cards/index.ts';
import { SITE_DEFAULTS } from '../../src/lib/config/site-config.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { projectRoot } from '../helpers/sites.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-bench-floor-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const contentDir = path.join(projectRoot, 'content');

describe('the benchmark\'s cold floor', { timeout: 60_000 }, () => {
  it('counts every page card of the content and times a sample of them', async () => {
    const { catalog } = await loadContent(contentDir);
    const card = await measureCardCpu(contentDir, 3);
    expect(card.cards).toBe(catalogCards(catalog!, SITE_DEFAULTS).length);
    expect(card.sampled).toBe(3);
    expect(card.cpuMsPerCard).toBeGreaterThan(1);
  });

  it('times Pagefind indexing a site into a folder of its own', async () => {
    const site = path.join(tmp, 'site');
    for (const name of ['a', 'b']) {
      fs.mkdirSync(path.join(site, name), { recursive: true });
      fs.writeFileSync(path.join(site, name, 'index.html'), `<!doctype html><html lang="en"><head><title>${name}</title></head><body><main data-pagefind-body><h1>Page ${name}</h1><p>Capex rose.</p></main></body></html>`);
    }
    const cpuMs = await measurePagefindCpu(projectRoot, site, path.join(tmp, 'index'));
    expect(fs.existsSync(path.join(tmp, 'index', 'pagefind-entry.json'))).toBe(true);
    expect(fs.existsSync(path.join(site, 'pagefind'))).toBe(false);
    if (gnuTimeAvailable()) expect(cpuMs).toBeGreaterThan(0);
    else expect(cpuMs).toBeNull();
  });
});
