/** `npm run new-brief -- <quarter>`: src/lib/scaffold/brief.ts and scripts/new-brief.ts. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolvePick, selectNumbers } from '../../src/lib/catalog/index.ts';
import { inspectContent } from '../../src/lib/checks/check-content.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { briefSchema } from '../../src/lib/content/schema.ts';
import { isoDay } from '../../src/lib/dates.ts';
import { lintContent } from '../../src/lib/lint/index.ts';
import { scaffoldBrief } from '../../src/lib/scaffold/brief.ts';
import { parseFrontmatterYaml } from '../../src/lib/checks/yaml-frontmatter.ts';
import { splitFrontmatter } from '../../src/lib/checks/frontmatter.ts';
import { baseFile, hashTree, makeCorpus, replace } from '../helpers/bad-corpus.ts';
import { day } from '../helpers/content.ts';
import { projectRoot } from '../helpers/sites.ts';

const sample = path.join(projectRoot, 'content');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-new-brief-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
let counter = 0;

function newBrief(contentDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/new-brief.ts', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A brief file's frontmatter through the brief schema, as the build reads it. */
function readBrief(file: string) {
  const split = splitFrontmatter(fs.readFileSync(file, 'utf8'));
  if (!split.ok) throw new Error(split.message);
  const yaml = parseFrontmatterYaml(split.yaml, split.yamlLine);
  if (!yaml.ok) throw new Error(yaml.message);
  return { data: briefSchema.parse(yaml.data), body: split.body };
}

function sampleCopy(): string {
  const root = path.join(scratch, String(++counter), 'content');
  fs.cpSync(sample, root, { recursive: true });
  return root;
}

describe('scaffoldBrief', () => {
  it('drafts the brief of a quarter: placeholders, the day given, the automatic numbers, a paragraph per topic', async () => {
    const { catalog } = await loadContent(sample);
    const result = scaffoldBrief(catalog!, { year: 2025, quarter: 2 }, new Date('2025-07-01T23:30:00Z'));
    if (!result.ok) throw new Error(result.message);
    const { brief, body } = result.scaffold;
    const quarter = catalog!.quarter('2025-q2')!;
    expect(brief).toMatchObject({ quarter: '2025-Q2', published: day('2025-07-01'), draft: true });
    expect(brief.title).toMatch(/^TODO: /);
    expect(brief.summary).toMatch(/^TODO: /);
    expect(brief.numbers).toEqual(
      selectNumbers(quarter.figures, quarter.quarter).map((row) => ({ note: row.figure.note.slug, figure: row.figure.label })),
    );
    const paragraphs = body.trim().split('\n\n');
    expect(paragraphs).toHaveLength(1 + quarter.byTopic.length);
    quarter.byTopic.forEach(({ topic, notes }, i) => {
      expect(paragraphs[i + 1]).toContain(topic.title);
      for (const note of notes) expect(paragraphs[i + 1]).toContain(`](/notes/${note.slug}/)`);
    });
  });

  it('refuses a quarter without notes', async () => {
    const { catalog } = await loadContent(sample);
    expect(scaffoldBrief(catalog!, { year: 2030, quarter: 1 }, new Date())).toEqual({
      ok: false,
      message: '2030-Q1 has no published notes: write its notes first (a brief pulls them together)',
    });
  });
});

// Each case spawns Node and reads a corpus: seconds on a busy machine.
describe('npm run new-brief', { timeout: 60_000 }, () => {
  it('writes a draft brief that builds: the checks pass and every pick resolves', async () => {
    const root = sampleCopy();
    const before = isoDay(new Date());
    const { status, stdout, stderr } = newBrief(root, '2025-Q2');
    const after = isoDay(new Date());
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const file = path.join(root, 'briefs', '2025-q2.md');
    expect(stdout).toMatch(new RegExp(`^wrote ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: a draft brief for 2025-Q2`));
    expect(stdout).toMatch(/Still to do.*\n {2}- replace the TODO title and summary\n/);

    const { data } = readBrief(file);
    expect(data.draft).toBe(true);
    expect([before, after]).toContain(isoDay(data.published));
    const { catalog } = await loadContent(root);
    const notes = catalog!.quarter('2025-q2')!.notes;
    expect(data.numbers!.length).toBeGreaterThan(0);
    for (const pick of data.numbers!) expect(resolvePick(pick, notes, '2025-Q2')).not.toHaveProperty('field');

    expect((await inspectContent(root)).problems).toEqual([]);
    const { findings } = await lintContent(root);
    expect(findings.filter((f) => f.level === 'error')).toEqual([]);
    expect(findings.filter((f) => f.file === 'content/briefs/2025-q2.md').map((f) => f.field)).toEqual(['draft']);
  });

  it('refuses to overwrite a brief without --force, naming the file and leaving the folder as it was', () => {
    const root = makeCorpus(path.join(scratch, String(++counter)));
    const hash = hashTree(root);
    const { status, stdout, stderr } = newBrief(root, '2025-q1');
    expect({ status, stdout }).toEqual({ status: 1, stdout: '' });
    expect(stderr).toBe(`${path.join(root, 'briefs', '2025-q1.md')} exists: pass --force to overwrite it\n`);
    expect(hashTree(root)).toBe(hash);
  });

  it('with --force replaces an existing .mdx brief in place; titles with Markdown and MDX syntax stay text', async () => {
    const root = makeCorpus(path.join(scratch, String(++counter)), {
      'briefs/2025-q1.md': null,
      'briefs/2025-q1.mdx': baseFile('briefs/2025-q1.md'),
      'notes/2025/deepseek-r1.mdx': replace('title: DeepSeek releases R1 as open weights', 'title: "DeepSeek [R1] <b>opens</b> {weights} *now*"'),
    });
    const { status, stderr } = newBrief(root, '2025-Q1', '--force');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(fs.existsSync(path.join(root, 'briefs', '2025-q1.md'))).toBe(false);
    const { data, body } = readBrief(path.join(root, 'briefs', '2025-q1.mdx'));
    expect(data.title).toMatch(/^TODO: /);
    expect(body).toContain('[DeepSeek \\[R1\\] \\<b\\>opens\\</b\\> \\{weights\\} \\*now\\*](/notes/deepseek-r1/)');
    expect((await inspectContent(root)).problems).toEqual([]);
  });

  it('refuses a quarter without notes, and content with errors, writing nothing', () => {
    const root = makeCorpus(path.join(scratch, String(++counter)));
    const hash = hashTree(root);
    expect(newBrief(root, '2030-Q1')).toEqual({
      status: 1,
      stdout: '',
      stderr: '2030-Q1 has no published notes: write its notes first (a brief pulls them together)\n',
    });
    fs.writeFileSync(path.join(root, 'topics', 'earnings.md'), '---\ntitle: Earnings\n---\n');
    const broken = newBrief(root, '2025-Q1', '--force');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('content/topics/earnings.md › description: is required');
    expect(fs.readFileSync(path.join(root, 'briefs', '2025-q1.md'), 'utf8')).toBe(baseFile('briefs/2025-q1.md'));
    fs.writeFileSync(path.join(root, 'topics', 'earnings.md'), baseFile('topics/earnings.md'));
    expect(hashTree(root)).toBe(hash);
  });

  it('never writes outside the content folder, even through a symlinked folder', () => {
    const root = makeCorpus(path.join(scratch, String(++counter)));
    const elsewhere = path.join(scratch, `elsewhere-${counter}`);
    fs.mkdirSync(elsewhere);
    fs.rmSync(path.join(root, 'briefs'), { recursive: true });
    fs.symlinkSync(elsewhere, path.join(root, 'briefs'));
    const { status, stderr } = newBrief(root, '2025-Q1');
    expect(status).toBe(1);
    expect(stderr).toMatch(/^refusing to write .*2025-q1\.md: it is not inside the content folder /);
    expect(fs.readdirSync(elsewhere)).toEqual([]);
  });

  it.each([[['2025-Q5']], [['2025Q1']], [[]], [['2025-Q1', '2025-Q2']], [['2025-Q1', '--frobnicate']]])(
    'is a usage error (exit 2) for %j',
    (args) => {
      const root = makeCorpus(path.join(scratch, String(++counter)));
      const hash = hashTree(root);
      const { status, stdout, stderr } = newBrief(root, ...args);
      expect({ status, stdout }).toEqual({ status: 2, stdout: '' });
      expect(stderr).toMatch(/usage: npm run new-brief -- <quarter, e\.g\. 2025-Q2> \[--force\]\n$/);
      expect(hashTree(root)).toBe(hash);
    },
  );
});
