/**
 * A digest of the code a cache's entries came from: every file under the given folders of
 * the project, and the lockfile (the libraries' versions). An edit to any of them makes the
 * entries of earlier code unusable, which is coarser than need be and never wrong.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const LOCKFILE = 'package-lock.json';

function filesUnder(projectRoot: string, folder: string): string[] {
  return readdirSync(path.join(projectRoot, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(projectRoot, path.join(entry.parentPath, entry.name)));
}

export function codeVersion(projectRoot: string, folders: readonly string[]): string {
  const files = folders.flatMap((folder) => filesUnder(projectRoot, folder));
  if (existsSync(path.join(projectRoot, LOCKFILE))) files.push(LOCKFILE);
  const hash = createHash('sha256');
  for (const file of files.sort()) hash.update(`${file.split(path.sep).join('/')}\0`).update(readFileSync(path.join(projectRoot, file))).update('\0');
  return hash.digest('base64url');
}
