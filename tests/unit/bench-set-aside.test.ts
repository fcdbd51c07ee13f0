import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setAside } from '../../scripts/bench/set-aside.ts';

describe('setAside', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-aside-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('moves a folder into the trash, whole, under a new name each time, and ignores a missing one', () => {
    const dir = path.join(root, 'public');
    const trash = path.join(root, 'trash');
    for (const text of ['first', 'second']) {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'index.html'), text);
      setAside(dir, trash);
      expect(fs.existsSync(dir)).toBe(false);
    }
    setAside(path.join(root, 'never-built'), trash);
    const moved = fs.readdirSync(trash).sort();
    expect(moved).toHaveLength(2);
    expect(moved.map((name) => fs.readFileSync(path.join(trash, name, 'index.html'), 'utf8')).sort()).toEqual(['first', 'second']);
  });
});
