/** A temporary folder for a test file, removed after it; each call of the returned function names a new path inside. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

export function scratchFolder(prefix: string): (name?: string) => string {
  let root = '';
  let count = 0;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });
  return (name) => path.join(root, name ?? String(++count));
}
