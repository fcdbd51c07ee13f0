/**
 * The check cache (src/lib/checks/check-cache.ts) may save a parse, never change a finding:
 * a report made with kept findings is the report made without. The per-rule cases of
 * checks.test.ts run through it too; here are the cache's own rules.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCheckCache, saveCheckCache } from '../../src/lib/checks/check-cache.ts';
import { inspectContent, type ContentReport } from '../../src/lib/checks/check-content.ts';
import type { ContentFile } from '../../src/lib/checks/read-content.ts';
import { codeVersion } from '../../src/lib/build/code-version.ts';
import { makeCorpus, replace } from '../helpers/bad-corpus.ts';
import { scratchFolder } from '../helpers/scratch.ts';

const META = 'notes/2025/meta-q4-2024-earnings.md';
const fresh = scratchFolder('qd-check-cache-');

/** A corpus and a cache file with its findings, as one build leaves them. */
async function primedCorpus() {
  const parent = fresh();
  const root = makeCorpus(parent);
  const file = path.join(parent, 'checks.bin');
  const cache = loadCheckCache(file, 'v1');
  const report = await inspectContent(root, cache);
  saveCheckCache(file, cache);
  return { root, file, files: report.files.length };
}

/** Every path into a value: what lineOf may be asked, and some that do not exist. */
function pathsOf(value: unknown, at: PropertyKey[] = []): PropertyKey[][] {
  const here = [at, [...at, 'missing'], [...at, 99]];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, index) => pathsOf(item, [...at, index]))];
  if (value && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...at, key]))];
  return here;
}

/** A report as plain data: each file with the line of every path into its fields. */
function comparable(report: ContentReport) {
  const file = (entry: ContentFile) => {
    const { lineOf, ...rest } = entry;
    return { ...rest, lines: pathsOf(entry.data).map((at) => [at.map(String).join('.'), lineOf(at)]) };
  };
  return { problems: report.problems, counts: report.counts, files: report.files.map(file) };
}

describe('the check cache', () => {
  it('gives the report a run without it gives, from its own findings and from the file it saved', async () => {
    const root = makeCorpus(fresh(), {
      // YAML values JSON would lose, a field problem, an MDX problem and a link problem.
      [META]: replace(/^summary: .*\n/m, 'summary: x\nodd: [.inf, -.inf, .nan, -0]\n'),
      'notes/2025/deepseek-r1.mdx': (text) => `${text}\n<Chart />\n\n[gone](/notes/no-such-note/)\n`,
    });
    const expected = comparable(await inspectContent(root));
    expect(expected.problems.length).toBeGreaterThan(1);
    const file = path.join(fresh(), 'checks.bin');

    const first = loadCheckCache(file, 'v1');
    expect(comparable(await inspectContent(root, first))).toEqual(expected);
    expect(first.misses).toBe(expected.files.length);
    saveCheckCache(file, first);

    const second = loadCheckCache(file, 'v1');
    expect(second.kept.size).toBe(expected.files.length);
    const report = await inspectContent(root, second);
    expect(second.misses).toBe(0);
    expect(comparable(report)).toEqual(expected);
    const meta = report.files.find((entry) => entry.file.endsWith(META))!;
    expect(meta.data!.odd).toEqual([Infinity, -Infinity, NaN, -0]);
  });

  it('checks again only the file that changed, and forgets a deleted one', async () => {
    const { root, file, files } = await primedCorpus();
    fs.appendFileSync(path.join(root, META), '\nOne more line.\n');
    fs.rmSync(path.join(root, 'notes/2025/deepseek-r1.mdx'));
    const second = loadCheckCache(file, 'v1');
    const report = await inspectContent(root, second);
    expect(second.misses).toBe(1);
    expect(report.files.find((entry) => entry.file.endsWith(META))!.body).toContain('One more line.');
    saveCheckCache(file, second);
    expect(loadCheckCache(file, 'v1').kept.size).toBe(files - 1);
  });

  it('does not write when nothing changed', async () => {
    const { root, file } = await primedCorpus();
    fs.utimesSync(file, new Date(0), new Date(0));
    const second = loadCheckCache(file, 'v1');
    await inspectContent(root, second);
    saveCheckCache(file, second);
    expect(fs.statSync(file).mtimeMs).toBe(0);
  });

  it('uses no finding of other code, and ignores a file it cannot read', async () => {
    const { root, file } = await primedCorpus();
    expect(loadCheckCache(file, 'v2').kept.size).toBe(0);

    fs.writeFileSync(file, 'not a cache');
    const unreadable = loadCheckCache(file, 'v1');
    expect(unreadable.kept.size).toBe(0);
    expect((await inspectContent(root, unreadable)).problems).toEqual([]);
  });
});

describe('codeVersion', () => {
  it('changes with any file under the folders and with the lockfile', () => {
    const root = fresh();
    fs.mkdirSync(path.join(root, 'src', 'lib'), { recursive: true });
    fs.writeFileSync(path.join(root, 'src', 'lib', 'a.ts'), 'export const a = 1;');
    const before = codeVersion(root, ['src']);
    expect(codeVersion(root, ['src'])).toBe(before);
    fs.writeFileSync(path.join(root, 'src', 'lib', 'a.ts'), 'export const a = 2;');
    const edited = codeVersion(root, ['src']);
    expect(edited).not.toBe(before);
    fs.writeFileSync(path.join(root, 'package-lock.json'), '{}');
    expect(codeVersion(root, ['src'])).not.toBe(edited);
  });
});
