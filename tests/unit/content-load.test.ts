/** src/lib/content/load.ts: the scripts' one loader sees the content as the site build does. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { makeCorpus, replace } from '../helpers/bad-corpus.ts';
import { projectRoot } from '../helpers/sites.ts';

const sample = path.join(projectRoot, 'content');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-load-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('loadContent', () => {
  it('builds the catalog of the sample with entity files: an alias files under its entity', async () => {
    const { problems, catalog, entries, files } = await loadContent(sample);
    expect(problems).toEqual([]);
    expect(entries.entities.map((entry) => entry.file.slug)).toContain('alphabet');
    expect(entries.notes).toHaveLength(files.filter((file) => file.kind === 'notes').length);
    const alphabet = catalog!.entity('Google');
    expect(alphabet?.slug).toBe('alphabet');
    expect(alphabet?.hasFile).toBe(true);
    expect(alphabet?.aliases).toEqual(['Google']);
    expect(catalog!.entities.map((entity) => entity.slug)).not.toContain('google');
  });

  it('leaves drafts out unless asked, as a production build does', async () => {
    const root = makeCorpus(path.join(scratch, 'drafts'), {
      'notes/2025/deepseek-r1.mdx': replace('  publisher: Example News\n', '  publisher: Example News\ndraft: true\n'),
    });
    const production = await loadContent(root);
    const dev = await loadContent(root, { includeDrafts: true });
    expect(production.catalog!.note('deepseek-r1')).toBeUndefined();
    expect(dev.catalog!.note('deepseek-r1')?.draft).toBe(true);
  });

  it('returns the problems and no catalog when the checks fail, with the files that did parse', async () => {
    const root = makeCorpus(path.join(scratch, 'bad'), {
      'notes/2025/meta-q4-2024-earnings.md': replace('upto: 65', 'upto: 55'),
    });
    const { problems, catalog, entries } = await loadContent(root);
    expect(problems.map((p) => p.field)).toEqual(['figures[1].upto']);
    expect(catalog).toBeNull();
    expect(entries.notes.map((entry) => entry.file.slug).sort()).toEqual(['claude-computer-use', 'deepseek-r1']);
  });
});
