/**
 * How the benchmark empties a folder before a build that must start from nothing (Hugo's
 * output, a cold build's out dir and caches): it moves the folder into a trash folder of the
 * benchmark, emptied when the benchmark ends, instead of deleting it there and then. On this
 * project's machines (ext4 without a journal) creating files within a minute of deleting
 * thousands makes the kernel re-check every recently freed inode: measured in turn, Hugo took
 * 1.4 s after deleting its previous output against 0.5 s into a new folder, and a cold
 * Quarterdeck build 28.2 s against 24.7 s. That time is the harness's deletion, not the tool's.
 * A build's own deletions (Quarterdeck replacing its previous site) stay in its time.
 */
import fs from 'node:fs';
import path from 'node:path';

let moved = 0;

export function setAside(dir: string, trash: string): void {
  if (!fs.existsSync(dir)) return;
  fs.mkdirSync(trash, { recursive: true });
  fs.renameSync(dir, path.join(trash, `${++moved}-${path.basename(dir)}`));
}
