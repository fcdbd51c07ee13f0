/**
 * One real `astro build` of a bad corpus: the build must stop, print one line per problem
 * (every problem, not just the first), and leave the content folder exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { hashTree, makeCorpus, replace } from '../helpers/bad-corpus.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const workDir = path.join(projectRoot, 'tests', '.output', 'bad-input');

it('astro build stops on bad content with one message per problem and never writes into content/', () => {
  fs.rmSync(workDir, { recursive: true, force: true });
  const content = makeCorpus(workDir, {
    'notes/2025/meta-q4-2024-earnings.md': (text) =>
      replace('date: 2025-01-29', 'date: 2025-02-30')(
        replace('url: https://www.pymnts.com/', 'url: "javascript:alert(1)"')(
          replace('topics: [ai-capex, earnings]', 'topics: [earnings, ai-capx]')(text),
        ),
      ),
    'notes/2024/Deepseek-R1.md': '---\ntitle: A second note with one slug\n---\n',
    'notes/2025/deepseek-r1.mdx': (text) => `${text}\n<div>\n\nNever closed.\n`,
    'briefs/2025-q1.md': replace('quarter: 2025-Q1', 'quarter: 2025-Q2'),
  });
  const before = hashTree(content);

  const result = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      CONTENT_DIR: content,
      OUT_DIR: path.join(workDir, 'dist'),
      ASTRO_CACHE_DIR: path.join(workDir, 'astro-cache'),
      QD_CARD_CACHE_DIR: path.join(workDir, 'card-cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  fs.writeFileSync(path.join(workDir, 'build.log'), output);

  expect(result.status, output).not.toBe(0);
  const lines = output.split('\n').map((line) => line.trim());
  const expected = [
    'Quarterdeck found 10 problems in tests/.output/bad-input/content/:',
    'content/briefs/2025-q1.md:2 › quarter: "2025-Q2" does not match the file name 2025-q1.md, which says 2025-Q1',
    'content/notes/2024/Deepseek-R1.md › date: is required',
    'content/notes/2024/Deepseek-R1.md › file name: another note has the slug "deepseek-r1": content/notes/2025/deepseek-r1.mdx (slugs must be unique across sub-folders)',
    'content/notes/2024/Deepseek-R1.md › source: is required',
    'content/notes/2024/Deepseek-R1.md › summary: is required',
    'content/notes/2024/Deepseek-R1.md › topics: is required',
    'content/notes/2025/deepseek-r1.mdx:15:1 › body: is not valid MDX: Expected a closing tag for `<div>`',
    'content/notes/2025/meta-q4-2024-earnings.md:3 › date: "2025-02-30" is not a date that exists',
    'content/notes/2025/meta-q4-2024-earnings.md:5 › topics[1]: unknown topic "ai-capx"; did you mean "ai-capex"?',
    'content/notes/2025/meta-q4-2024-earnings.md:10 › source.url: must be an http(s) URL, got "javascript:alert(1)"',
  ];
  for (const line of expected) expect(lines, `missing from the build output:\n${line}\n\n${output}`).toContain(line);

  expect(hashTree(content)).toBe(before);
  expect(fs.existsSync(path.join(workDir, 'dist', 'index.html'))).toBe(false);
}, 120_000);
