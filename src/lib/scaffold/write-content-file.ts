/**
 * Writes a scaffolded file into the content folder, and only there: no path, `..` or
 * symlink takes it outside, and an existing file is overwritten only when the editor says
 * `--force` (SPEC: "no script overwrites an existing file unless told to").
 */
import { existsSync, lstatSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../content/layout.ts';

export type WriteResult = { ok: true; file: string } | { ok: false; reason: 'exists' | 'outside'; message: string };

export function writeContentFile(root: string, target: string, text: string, options: { force: boolean }): WriteResult {
  const shown = path.resolve(target);
  if (!isInside(root, target) || !staysInside(root, target)) {
    return {
      ok: false,
      reason: 'outside',
      message: `refusing to write ${shown}: it is not inside the content folder ${path.resolve(root)}`,
    };
  }
  mkdirSync(path.dirname(target), { recursive: true });
  try {
    // `wx` refuses atomically when the file exists: no window between a check and the write.
    writeFileSync(target, text, { flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { ok: false, reason: 'exists', message: `${shown} exists: pass --force to overwrite it` };
  }
  return { ok: true, file: shown };
}

/**
 * The path checks above compare names only; a symlinked folder (or file) on the way could
 * still point elsewhere, so the real location of what exists of the path is compared too.
 */
function staysInside(root: string, target: string): boolean {
  if (!existsSync(root)) return true; // nothing on disk to follow yet
  const realRoot = realpathSync(root);
  let existing = path.resolve(target);
  while (!isPresent(existing)) existing = path.dirname(existing);
  let real: string;
  try {
    real = realpathSync(existing);
  } catch {
    return false; // a dangling symlink: where it leads is unknown
  }
  return real === realRoot || isInside(realRoot, real);
}

function isPresent(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}
