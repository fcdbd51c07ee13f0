/**
 * A build writes into a staging folder beside the output folder and takes its place only
 * when it succeeds, so a failed build leaves the previous site exactly as it was (and a
 * deploy that syncs the output folder never ships half a site).
 */
import fs from 'node:fs';
import path from 'node:path';

/** `<parent>/.dist.staging` for `<parent>/dist`: beside it, so the swap is a rename on one disk. */
export function stagingDirFor(outDir: string): string {
  return path.join(path.dirname(outDir), `.${path.basename(outDir)}.staging`);
}

function previousDirFor(outDir: string): string {
  return path.join(path.dirname(outDir), `.${path.basename(outDir)}.previous`);
}

/** An empty staging folder for a new build (what a build that died left there is cleared). */
export function prepareStaging(outDir: string): string {
  const staging = stagingDirFor(outDir);
  fs.rmSync(staging, { recursive: true, force: true });
  fs.rmSync(previousDirFor(outDir), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(staging), { recursive: true });
  return staging;
}

/** The staged build becomes the output folder; the previous one is removed once it is out of the way. */
export function promoteStaging(outDir: string): void {
  const staging = stagingDirFor(outDir);
  const previous = previousDirFor(outDir);
  if (fs.existsSync(outDir)) fs.renameSync(outDir, previous);
  fs.renameSync(staging, outDir);
  fs.rmSync(previous, { recursive: true, force: true });
}

/** A failed build's staging folder is removed; the output folder is not touched. */
export function discardStaging(outDir: string): void {
  fs.rmSync(stagingDirFor(outDir), { recursive: true, force: true });
}
