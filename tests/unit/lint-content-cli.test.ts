/** scripts/lint-content.ts: the build's checks as errors, the lint rules as warnings, without building. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { baseCorpus, makeCorpus, replace } from '../helpers/bad-corpus.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-lint-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function lint(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/lint-content.ts', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const NO_FIGURES = 'warning: figures: none: add the numbers the source states, so the note counts in "By the numbers" and the charts';

// Each case spawns Node and reads a corpus: seconds on a busy machine.
describe('lint:content', { timeout: 60_000 }, () => {
  it('exits 0 with warnings only, one `file:line: level: message` line each, and a summary', () => {
    expect(lint(baseCorpus)).toEqual({
      status: 0,
      stdout: [
        `tests/fixtures/bad/base/notes/2024/claude-computer-use.md:1: ${NO_FIGURES}`,
        `tests/fixtures/bad/base/notes/2025/deepseek-r1.mdx:1: ${NO_FIGURES}`,
        '0 errors, 2 warnings in tests/fixtures/bad/base/ (3 notes, 4 topics, 2 briefs, 0 entities)',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('exits 1 with the build errors first, then the warnings', () => {
    const root = makeCorpus(scratch, {
      'notes/2025/meta-q4-2024-earnings.md': replace('    role: CEO, Meta\n', ''),
      'notes/2025/deepseek-r1.mdx': replace('  - open-source-models', '  - open-source-modles'),
      'briefs/2025-q1.md': replace('quarter: 2025-Q1', 'quarter: 2025-Q3'),
    });
    const { status, stdout, stderr } = lint(root);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    expect(stdout).toBe(
      [
        `${root}/briefs/2025-q1.md:2: error: quarter: "2025-Q3" does not match the file name 2025-q1.md, which says 2025-Q1`,
        `${root}/notes/2025/deepseek-r1.mdx:6: error: topics[0]: unknown topic "open-source-modles"; did you mean "open-source-models"?`,
        `${root}/notes/2024/claude-computer-use.md:1: ${NO_FIGURES}`,
        `${root}/notes/2025/deepseek-r1.mdx:1: ${NO_FIGURES}`,
        `${root}/notes/2025/meta-q4-2024-earnings.md:30: warning: quotes[0].role: "Mark Zuckerberg" has no role: add one (e.g. \`role: CEO, Meta\`) so readers know who is speaking`,
        // The misspelt topic leaves the real one without notes: the warning says so.
        `${root}/topics/open-source-models.md:2: warning: title: no note has topic "open-source-models": its page and feed are empty (tag a note with it, or delete the topic)`,
        `2 errors, 4 warnings in ${root}/ (3 notes, 4 topics, 2 briefs, 0 entities)`,
        '',
      ].join('\n'),
    );
  });

  it('has no errors on the sample content', () => {
    const { status, stdout } = lint('content');
    expect(stdout).not.toMatch(/: error: /);
    expect(stdout).toMatch(/^0 errors, \d+ warnings? in content\/ \(\d+ notes, \d+ topics, \d+ briefs, \d+ entities\)\n$/m);
    expect(status).toBe(0);
  });
});
