/** scripts/new-note.ts: a draft note from an article file or standard input, never overwriting or escaping by accident. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { noteSchema } from '../../src/lib/content/schema.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const articles = path.join(projectRoot, 'tests/fixtures/articles');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-new-note-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

let root: string;
let counter = 0;
beforeEach(() => {
  root = path.join(scratch, `content-${++counter}`);
  fs.cpSync(path.join(projectRoot, 'tests/fixtures/content/topics'), path.join(root, 'topics'), { recursive: true });
});

function newNote(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, ['scripts/new-note.ts', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    input,
    env: { ...process.env, CONTENT_DIR: root },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const seed = path.join(articles, '2025-01-30-pymnts-zuckerberg-deepseek-ai-spending.txt');
const seedNote = () => path.join(root, 'notes/2025/zuckerberg-weighs-in-on-deepseek-and-ai-spending.md');

function frontmatter(file: string): Record<string, unknown> {
  return parse(/^---\n([\s\S]*?)\n---\n/.exec(fs.readFileSync(file, 'utf8'))![1]!) as Record<string, unknown>;
}

describe('new-note', () => {
  it('writes notes/<yyyy>/<slug>.md as a draft the schema accepts, and reports what it found and what is left', () => {
    const { status, stdout, stderr } = newNote([seed]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const data = frontmatter(seedNote());
    expect(noteSchema.safeParse(data).success).toBe(true);
    expect(data).toMatchObject({ date: '2025-01-30', summary: '', draft: true, source: { publisher: 'PYMNTS.com' } });
    expect(stdout).toContain('zuckerberg-weighs-in-on-deepseek-and-ai-spending.md (draft)');
    expect(stdout).toMatch(/figures: +\d+/);
    expect(stdout).toContain('−$589 bn');
    expect(stdout).toContain('$60–65 bn');
    expect(stdout).toContain('— Mark Zuckerberg, CEO, Meta');
    expect(stdout).toContain('write the summary');
    expect(stdout).toContain('set `draft: false`');
    // With the summary written and draft off, it is a publishable note.
    expect(noteSchema.safeParse({ ...data, summary: 'Meta kept its capex plan.', draft: false }).success).toBe(true);
  });

  it('refuses to overwrite without --force, naming the file and leaving it as it was', () => {
    expect(newNote([seed]).status).toBe(0);
    fs.writeFileSync(seedNote(), 'edited by the editor\n');
    const { status, stdout, stderr } = newNote([seed]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(seedNote());
    expect(stderr).toContain('--force');
    expect(fs.readFileSync(seedNote(), 'utf8')).toBe('edited by the editor\n');
  });

  it('overwrites with --force', () => {
    expect(newNote([seed]).status).toBe(0);
    fs.writeFileSync(seedNote(), 'edited by the editor\n');
    expect(newNote([seed, '--force']).status).toBe(0);
    expect(fs.readFileSync(seedNote(), 'utf8')).toMatch(/^---\ntitle: Zuckerberg Weighs In/);
  });

  it('reads the article from standard input with -, and takes --slug', () => {
    const html = fs.readFileSync(path.join(articles, 'en-html-stargate.html'));
    const { status, stdout } = newNote(['-', '--slug', 'stargate'], html);
    expect(status).toBe(0);
    expect(stdout).toContain('stargate.md (draft)');
    expect(frontmatter(path.join(root, 'notes/2025/stargate.md'))).toMatchObject({ title: 'Trump unveils $500 billion Stargate AI venture', date: '2025-01-21' });
  });

  it('says when no date was found and the note is filed under today', () => {
    const { status, stdout } = newNote(['-'], 'Chips Are Selling Out\n\nNvidia sold 10,000 GPUs to a new customer this week, the company said in a statement on its results.\n');
    expect(status).toBe(0);
    expect(stdout).toMatch(/no publication date found: `date` is today/);
  });

  it('refuses a file that is not UTF-8, by name', () => {
    const latin1 = path.join(scratch, 'zurich-latin1.txt');
    fs.writeFileSync(latin1, Buffer.from('Z\xfcrich Bank Posts \x80 4 Billion Profit\n\nThe bank said profit rose 4%.\n', 'latin1'));
    const { status, stderr } = newNote([latin1]);
    expect(status).toBe(1);
    expect(stderr).toContain(`${latin1} is not UTF-8`);
    expect(fs.existsSync(path.join(root, 'notes'))).toBe(false);
  });

  it.each(['../../x', '../../../x', 'a/b', 'Not A Slug'])('refuses --slug %s, writing nothing', (slug) => {
    const { status, stderr } = newNote([seed, '--slug', slug]);
    expect(status).toBe(1);
    expect(stderr).toContain(`--slug "${slug}" is not a slug`);
    expect(fs.existsSync(path.join(root, 'notes'))).toBe(false);
    expect(fs.existsSync(path.join(root, 'x.md'))).toBe(false);
    expect(fs.existsSync(path.join(path.dirname(root), 'x.md'))).toBe(false);
  });

  it('refuses a slug another year already uses', () => {
    fs.mkdirSync(path.join(root, 'notes/2024'), { recursive: true });
    fs.writeFileSync(path.join(root, 'notes/2024/stargate.md'), '---\ntitle: x\n---\n');
    const { status, stderr } = newNote([path.join(articles, 'en-html-stargate.html'), '--slug', 'stargate', '--force']);
    expect(status).toBe(1);
    expect(stderr).toMatch(/slug "stargate" already exists \(.*notes\/2024\/stargate\.md\)/);
    expect(fs.existsSync(path.join(root, 'notes/2025/stargate.md'))).toBe(false);
  });

  it('exits 1 for a missing file and 2 for a usage error', () => {
    expect(newNote([path.join(scratch, 'missing.txt')])).toMatchObject({ status: 1, stderr: expect.stringContaining('no such file') });
    expect(newNote([])).toMatchObject({ status: 2, stderr: expect.stringContaining('usage: npm run new-note') });
    expect(newNote([seed, '--bogus'])).toMatchObject({ status: 2 });
  });
});
