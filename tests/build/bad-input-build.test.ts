/**
 * Real builds (`npm run build`, scripts/build.ts) of bad input: the build must stop, print one
 * line per problem (every problem, not just the first) in the editor's terms, with no stack
 * trace and no "unhandled error" framing, leave the content folder exactly as it was, and
 * leave the previous site in the output folder byte for byte as it was.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hashTree, makeCorpus, replace, type Mutation } from '../helpers/bad-corpus.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const workRoot = path.join(projectRoot, 'tests', '.output', 'bad-input');

/** A corpus in its own folder, and an output folder holding a "previous site" to protect. */
function setUp(name: string, mutations: Record<string, Mutation>) {
  const workDir = path.join(workRoot, name);
  fs.rmSync(workDir, { recursive: true, force: true });
  const content = makeCorpus(workDir, mutations);
  const dist = path.join(workDir, 'dist');
  fs.mkdirSync(path.join(dist, 'notes', 'kept'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>The previous build</title>\n');
  fs.writeFileSync(path.join(dist, 'notes', 'kept', 'index.html'), '<!doctype html><title>Kept</title>\n');
  return { workDir, content, dist, before: { content: hashTree(content), dist: hashTree(dist) } };
}

function build(workDir: string, content: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/build.ts')], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SITE_URL: 'https://briefs.example.org',
      CONTENT_DIR: content,
      OUT_DIR: path.join(workDir, 'dist'),
      ASTRO_CACHE_DIR: path.join(workDir, 'astro-cache'),
      QD_CARD_CACHE_DIR: path.join(workDir, 'card-cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...env,
    },
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  fs.writeFileSync(path.join(workDir, 'build.log'), output);
  return { status: result.status, output, lines: output.split('\n').map((line) => line.trim()) };
}

function expectCleanFailure(output: string) {
  expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // a stack frame
  expect(output).not.toMatch(/unhandled error/i);
  expect(output).toMatch(/was left as it was\.|Nothing was built\./);
}

describe('npm run build on bad input', { timeout: 120_000 }, () => {
  it('stops on bad content with one message per problem, before Astro runs, touching neither content/ nor dist/', () => {
    const { workDir, content, dist, before } = setUp('content', {
      'notes/2025/meta-q4-2024-earnings.md': (text) =>
        replace('date: 2025-01-29', 'date: 2025-02-30')(
          replace('url: https://www.pymnts.com/', 'url: "javascript:alert(1)"')(
            replace('topics: [ai-capex, earnings]', 'topics: [earnings, ai-capx]')(
              replace('title: Zuckerberg weighs in on DeepSeek and AI spending', 'title: Zuckerberg: DeepSeek is no threat')(text),
            ),
          ),
        ),
      'notes/2024/Deepseek-R1.md': '---\ntitle: A second note with one slug\n---\n',
      'notes/2025/deepseek-r1.mdx': (text) => `${text}\n<div>\n\nNever closed.\n`,
      'notes/2024/claude-computer-use.md': (text) => `${text}\nSee [the other one](/notes/other-slug/).\n`,
      'briefs/2025-q1.md': replace('quarter: 2025-Q1', 'quarter: 2025-Q2'),
      'notes/2025/chart-note.mdx': [
        '---',
        'title: A note with a chart',
        'date: 2025-02-01',
        'summary: It uses a component it never imports.',
        'topics: [ai-capex]',
        'source:',
        '  title: Charts',
        '  publisher: Example News',
        '---',
        'The chart:',
        '',
        '<Chart data="capex" />',
        '',
      ].join('\n'),
      'briefs/2024-q4.md': replace('published: 2025-01-06\n', 'published: 2025-01-06\nnumbers:\n  - note: claude-computer\n    figure: OSWorld score\n'),
      'entities/alphabet.md': '---\nname: Alphabet\ndescription: Google\'s parent.\naliases: [Google]\n---\n',
      'entities/google-llc.md': '---\nname: Google LLC\ndescription: The search company.\naliases: [Google]\n---\n',
      'topics/earnings.md': Buffer.from('---\ntitle: Earnings\ndescription: R\xe9sultats.\n---\n', 'latin1'),
    });
    const { status, output, lines } = build(workDir, content);

    expect(status, output).toBe(1);
    const expected = [
      'Quarterdeck found 13 problems in tests/.output/bad-input/content/content/:',
      'content/briefs/2024-q4.md:7 › numbers[0].note: "claude-computer" is not a note of 2024-Q4; did you mean "claude-computer-use"?',
      'content/entities/google-llc.md:4 › aliases[0]: "Google" is also an alias of content/entities/alphabet.md ("Alphabet"): an alias may belong to one entity only',
      "content/notes/2025/chart-note.mdx:12 › body: uses <Chart> but never imports it: add an import line below the frontmatter, e.g. import Chart from '…/Chart.astro'",
      'content/briefs/2025-q1.md:2 › quarter: "2025-Q2" does not match the file name 2025-q1.md, which says 2025-Q1',
      'content/notes/2024/Deepseek-R1.md › date: is required',
      'content/notes/2024/Deepseek-R1.md › file name: another note has the slug "deepseek-r1": content/notes/2025/deepseek-r1.mdx (slugs must be unique across sub-folders)',
      'content/notes/2024/Deepseek-R1.md › source: is required',
      'content/notes/2024/Deepseek-R1.md › summary: is required',
      'content/notes/2024/Deepseek-R1.md › topics: is required',
      'content/notes/2024/claude-computer-use.md:13 › body: the link /notes/other-slug/ leads to no note: no note has the slug "other-slug"',
      'content/notes/2025/deepseek-r1.mdx:15:1 › body: is not valid MDX: Expected a closing tag for `<div>`',
      'content/notes/2025/meta-q4-2024-earnings.md:2:8 › title: has ": " in its value, which YAML reads as another field: put the value in quotes (title: "Zuckerberg: DeepSeek is no threat")',
      'content/topics/earnings.md:3 › file: is not UTF-8 text: save it as UTF-8 in your editor (its accented letters would otherwise be lost)',
    ];
    for (const line of expected) expect(lines, `missing from the build output:\n${line}\n\n${output}`).toContain(line);
    expectCleanFailure(output);
    expect(output).not.toMatch(/\[build\]/); // Astro never started
    expect(hashTree(content)).toBe(before.content);
    expect(hashTree(dist)).toBe(before.dist);
  });

  it('names the .mdx file and line when a note fails while rendering, and keeps the previous site', () => {
    const { workDir, content, dist, before } = setUp('render', {
      'notes/2025/deepseek-r1.mdx': (text) => `${text}\nThe weights weigh {sizeInBytes.toFixed(1)} bytes.\n`,
    });
    const { status, output, lines } = build(workDir, content, { SITE_URL: '' });

    expect(status, output).not.toBe(0);
    expect(lines, output).toContain('content/notes/2025/deepseek-r1.mdx:15 › body: could not be rendered: sizeInBytes is not defined');
    // SITE_URL was left unset: the build says where its links would point.
    expect(output).toMatch(/warning: SITE_URL is not set .* will point at https:\/\/quarterdeck\.example/);
    expectCleanFailure(output);
    expect(hashTree(content)).toBe(before.content);
    expect(hashTree(dist)).toBe(before.dist);
    expect(fs.readdirSync(workDir)).not.toContain('.dist.staging');
  });

  it('refuses an invalid SITE_URL, naming the variable', () => {
    const { workDir, content, dist, before } = setUp('settings', {});
    const { status, output, lines } = build(workDir, content, { SITE_URL: 'briefs.example.org' });
    expect(status, output).toBe(1);
    expect(lines).toContain(
      'SITE_URL: must be an http(s) URL such as https://briefs.example.com (optionally with a path), got "briefs.example.org"',
    );
    expect(hashTree(dist)).toBe(before.dist);
  });
});
