/** scripts/lint-content.ts: the same checks as the build, without building. */
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

describe('lint:content', () => {
  it('exits 0 with a count of what it read when the content is clean', () => {
    expect(lint(baseCorpus)).toEqual({ status: 0, stdout: 'content OK: 3 notes, 4 topics, 2 briefs\n', stderr: '' });
  });

  it('exits 1 with the report, one line per problem, when it is not', () => {
    const root = makeCorpus(scratch, {
      'notes/2025/meta-q4-2024-earnings.md': replace('upto: 65', 'upto: 55'),
      'briefs/2025-q1.md': replace('quarter: 2025-Q1', 'quarter: 2025-Q3'),
    });
    const { status, stdout, stderr } = lint(root);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        `Quarterdeck found 2 problems in ${root}/:`,
        '  content/briefs/2025-q1.md:2 › quarter: "2025-Q3" does not match the file name 2025-q1.md, which says 2025-Q1',
        '  content/notes/2025/meta-q4-2024-earnings.md:21 › figures[1].upto: must not be below value (60), got 55',
        '',
      ].join('\n'),
    );
  });
});
