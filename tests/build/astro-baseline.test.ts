/**
 * The benchmark's bare Astro site (scripts/bench/astro-baseline.ts) really builds with this
 * project's Astro, one page per note, and its warm build copies every page from Astro's cache:
 * otherwise the floor the benchmark prints would not be Astro's.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { timeAstroBaseline, writeAstroBaseline } from '../../scripts/bench/astro-baseline.ts';
import { gnuTimeAvailable } from '../../scripts/bench/measure.ts';
import { collectionDir } from '../../src/lib/content/layout.ts';
import { projectRoot } from '../helpers/sites.ts';

const root = fs.mkdtempSync(path.join(projectRoot, 'node_modules', '.cache', 'qd-astro-baseline-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const notesDir = collectionDir(path.join(projectRoot, 'content'), 'notes');

describe('the bare Astro site of the benchmark', { timeout: 120_000 }, () => {
  it('builds one page per note, cold and then warm from its cache', async () => {
    writeAstroBaseline({ root, notesDir }, projectRoot);
    const notes = (fs.readdirSync(notesDir, { recursive: true }) as string[]).filter((file) => file.endsWith('.md'));
    const result = await timeAstroBaseline(root, projectRoot, 1, path.join(root, 'set-aside'));
    expect(result.pages).toBe(notes.length);
    expect(result.cold[0]!.status).toBe(0);
    expect(result.warm[0]!.status).toBe(0);
    // The floor's Astro part: CPU time of the whole tree, from GNU time when it is there.
    if (gnuTimeAvailable()) expect(result.cold[0]!.cpuMs).toBeGreaterThan(100);
    else expect(result.cold[0]!.cpuMs).toBeNull();
    const copied = result.warm[0]!.outputTail.match(/\((?:cached|restored)\)/g) ?? [];
    expect(copied.length).toBeGreaterThanOrEqual(Math.min(notes.length, 10));
    const html = fs.readFileSync(path.join(root, 'dist', 'notes', notes[0]!.replace(/\.md$/, ''), 'index.html'), 'utf8');
    expect(html).toContain('<h1>');
  });
});
