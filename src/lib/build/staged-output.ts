/**
 * A build writes into a staging folder beside the output folder and takes its place only
 * when it succeeds, so a failed build leaves the previous site exactly as it was (and a
 * deploy that syncs the output folder never ships half a site). The site it replaces is kept
 * as `.<out>.previous` until the next build, for a rollback by hand; that next build removes
 * it in the background while Astro starts, rather than making the editor wait for it.
 */
import fs from 'node:fs';
import path from 'node:path';

const sibling = (outDir: string, suffix: string) => path.join(path.dirname(outDir), `.${path.basename(outDir)}.${suffix}`);

/** `<parent>/.dist.staging` for `<parent>/dist`: beside it, so the swap is a rename on one disk. */
export function stagingDirFor(outDir: string): string {
  return sibling(outDir, 'staging');
}

export function previousDirFor(outDir: string): string {
  return sibling(outDir, 'previous');
}

/**
 * Clears the staging folder for a new build (what a build that died left there) and starts
 * removing the site kept from the build before last; await `cleared` before promoting.
 */
export function prepareStaging(outDir: string): { staging: string; cleared: Promise<void> } {
  const staging = stagingDirFor(outDir);
  const previous = previousDirFor(outDir);
  fs.mkdirSync(path.dirname(staging), { recursive: true });
  const doomed: string[] = [];
  for (const dir of [staging, previous]) {
    if (!fs.existsSync(dir)) continue;
    // Renamed out of the way at once, removed at leisure.
    const trash = sibling(outDir, `trash-${process.pid}-${doomed.length}`);
    fs.renameSync(dir, trash);
    doomed.push(trash);
  }
  const cleared = Promise.all(doomed.map((dir) => fs.promises.rm(dir, { recursive: true, force: true }))).then(() => undefined);
  return { staging, cleared };
}

/** The staged build becomes the output folder; the site it replaces becomes `.<out>.previous`. */
export function promoteStaging(outDir: string): void {
  const previous = previousDirFor(outDir);
  fs.rmSync(previous, { recursive: true, force: true });
  if (fs.existsSync(outDir)) fs.renameSync(outDir, previous);
  fs.renameSync(stagingDirFor(outDir), outDir);
}

/** A failed build's staging folder is removed; the output folder is not touched. */
export function discardStaging(outDir: string): void {
  fs.rmSync(stagingDirFor(outDir), { recursive: true, force: true });
}
