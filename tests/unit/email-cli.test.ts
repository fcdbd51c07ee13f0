/** scripts/email.ts (`npm run email -- <quarter>`): the .eml it writes, read back, and what it refuses. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/sites.ts';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-email-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const sample = path.join(projectRoot, 'content');
const fixture = path.join(projectRoot, 'tests', 'fixtures', 'content');

function email(contentDir: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/email.ts', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, SITE_URL: 'https://briefs.example.org', BASE_PATH: '', OUT_DIR: path.join(scratch, 'no-build'), ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the fixture content with changes: file → text (null deletes it). */
function corpus(name: string, changes: Record<string, string | null>): string {
  const root = path.join(scratch, name);
  fs.cpSync(fixture, root, { recursive: true });
  for (const [file, text] of Object.entries(changes)) {
    if (text === null) fs.rmSync(path.join(root, file));
    else fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

const fixtureBrief = fs.readFileSync(path.join(fixture, 'briefs', '2025-q1.md'), 'utf8');

// Each case spawns Node and reads the content: seconds each on a busy machine.
describe('npm run email', { timeout: 60_000 }, () => {
  const out = path.join(scratch, 'out');

  it('writes <quarter>.eml, multipart/alternative, that mailparser reads back whole', async () => {
    const { status, stdout, stderr } = email(sample, ['2025-Q1', '--out', out]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^wrote .*2025-q1\.eml: "A USD 5\.6 m model meets a USD 500 bn build-out" \(2025-Q1\)\n$/);
    const eml = fs.readFileSync(path.join(out, '2025-q1.eml'));
    const parsed = await simpleParser(eml);
    expect(parsed.subject).toBe('A USD 5.6 m model meets a USD 500 bn build-out');
    expect(parsed.date?.toISOString()).toBe('2025-04-03T00:00:00.000Z');
    expect((parsed.headers.get('content-type') as { value: string }).value).toBe('multipart/alternative');
    expect(parsed.html).toContain('<h1');
    expect(parsed.html).toContain('https://briefs.example.org/briefs/2025-q1/');
    expect(parsed.html).toContain('$60–65 bn');
    expect(parsed.text).toContain('Read on the site: https://briefs.example.org/briefs/2025-q1/');
    expect(parsed.text).toContain('$60–65 bn');
    // The sample's site.yaml names its author, who signs the message.
    expect(parsed.from?.value).toEqual([{ address: 'no-reply@briefs.example.org', name: 'AI Quarterly editors' }]);
    const raw = eml.toString('latin1');
    expect(raw).toMatch(/Content-Type: text\/plain; charset=utf-8/);
    expect(raw).toMatch(/Content-Type: text\/html; charset=utf-8/);
  });

  it('never overwrites an existing file without --force, and writes the same bytes with it', () => {
    const file = path.join(out, '2025-q1.eml');
    const before = fs.readFileSync(file);
    const refused = email(sample, ['2025-q1', '--out', out]);
    expect(refused).toEqual({ status: 1, stdout: '', stderr: `${file} exists: pass --force to overwrite it\n` });
    expect(email(sample, ['2025-q1', '--out', out, '--force']).status).toBe(0);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a quarter without a published brief, naming the ones there are', () => {
    expect(email(sample, ['2031-Q1', '--out', out])).toEqual({
      status: 1,
      stdout: '',
      stderr: `2031-Q1 has no notes and no brief in ${sample}, so it has no email edition. Published briefs: 2025-Q1, 2024-Q4\n`,
    });
    expect(email(sample, ['2025-Q2', '--out', out]).stderr).toMatch(/^2025-Q2 has notes but no brief yet in .* Published briefs: 2025-Q1, 2024-Q4\n$/);
    const drafted = corpus('draft', { 'briefs/2025-q1.md': fixtureBrief.replace('published:', 'draft: true\npublished:') });
    expect(email(drafted, ['2025-Q1', '--out', out]).stderr).toMatch(/^2025-Q1 has a draft brief only in .* Published briefs: none\n$/);
    expect(fs.existsSync(path.join(out, '2025-q2.eml'))).toBe(false);
  });

  it('refuses what is not a quarter, and content with problems, as lint:content reports them', () => {
    expect(email(sample, ['2025Q1'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/^"2025Q1" is not a quarter/) });
    expect(email(sample, [])).toMatchObject({ status: 2, stderr: expect.stringMatching(/^usage: npm run email/) });
    const broken = corpus('broken', { 'briefs/2025-q1.md': fixtureBrief.replace('quarter: 2025-Q1', 'quarter: 2025-Q3') });
    const { status, stderr } = email(broken, ['2025-Q1', '--out', out]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^Quarterdeck found 1 problem in .*\n {2}broken\/briefs\/2025-q1\.md:2 › quarter: "2025-Q3" does not match/);
  });

  it("signs the message with site.yaml's author: as written with an address, at no-reply@ the site's host without", async () => {
    const named = corpus('named', { 'site.yaml': 'author: The Quarterdeck desk\n' });
    expect(email(named, ['2025-Q1', '--out', path.join(scratch, 'named-out')]).status).toBe(0);
    const parsed = await simpleParser(fs.readFileSync(path.join(scratch, 'named-out', '2025-q1.eml')));
    expect(parsed.from?.value).toEqual([{ name: 'The Quarterdeck desk', address: 'no-reply@briefs.example.org' }]);

    const addressed = corpus('addressed', { 'site.yaml': 'author: Jane Editor <jane@example.org>\n' });
    expect(email(addressed, ['2025-Q1', '--out', path.join(scratch, 'addressed-out')]).status).toBe(0);
    const signed = await simpleParser(fs.readFileSync(path.join(scratch, 'addressed-out', '2025-q1.eml')));
    expect(signed.from?.value).toEqual([{ name: 'Jane Editor', address: 'jane@example.org' }]);
  });

  it('files an alias under its entity as the site does (content/entities aliases)', async () => {
    // fixture-open-model names "Chip Maker Inc", an alias of Chipmaker: one fact, one entity.
    expect(email(fixture, ['2025-Q1', '--out', path.join(scratch, 'alias-out')]).status).toBe(0);
    const parsed = await simpleParser(fs.readFileSync(path.join(scratch, 'alias-out', '2025-q1.eml')));
    expect(parsed.text).toContain('Market-value change in one day (Chipmaker, 2025-01-27)');
    expect(parsed.text).not.toContain('Chip Maker Inc');
  });

  it('takes an MDX brief from the built site, and says how to build it when there is none', async () => {
    const mdx = corpus('mdx', { 'briefs/2025-q1.md': null, 'briefs/2025-q1.mdx': fixtureBrief });
    expect(email(mdx, ['2025-Q1', '--out', path.join(scratch, 'mdx-out')])).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/^mdx\/briefs\/2025-q1\.mdx is MDX, which only the site build can render: run `npm run build` first/),
    });
    const built = path.join(scratch, 'built');
    fs.mkdirSync(path.join(built, 'briefs', '2025-q1'), { recursive: true });
    fs.writeFileSync(path.join(built, 'briefs', '2025-q1', 'email.html'), '<!doctype html><p>Built HTML</p>');
    fs.writeFileSync(path.join(built, 'briefs', '2025-q1', 'email.txt'), 'Built text\n');
    expect(email(mdx, ['2025-Q1', '--out', path.join(scratch, 'mdx-out')], { OUT_DIR: built }).status).toBe(0);
    const parsed = await simpleParser(fs.readFileSync(path.join(scratch, 'mdx-out', '2025-q1.eml')));
    expect([parsed.subject, parsed.html, parsed.text]).toEqual(['The fixture quarter', '<!doctype html><p>Built HTML</p>', 'Built text\n']);
  });
});
