/**
 * The card cache's index: which cache entry (key.ts) each card model became in the last
 * build. A key is a hash of the prepared card (its text laid out, its fonts, its emoji), so
 * computing one costs nearly as much as preparing the card; a build that finds a model here,
 * with its entry on disk, skips both, and only new or changed cards reach the workers.
 *
 * The index is kept per fingerprint of the card code, the fonts and the renderer, so a new
 * template, font package or renderer starts a fresh index instead of trusting stale keys.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageVersion, rendererFingerprint } from './key.ts';

const FONT_PACKAGES = ['@fontsource/inter', '@fontsource/noto-sans', '@fontsource/noto-sans-jp', '@fontsource/noto-sans-kr', '@fontsource/noto-sans-sc', '@twemoji/svg'];

/** The card code (this folder's modules), the font and emoji packages and the renderer. */
export function cardCodeFingerprint(): string {
  const hash = createHash('sha256').update(rendererFingerprint());
  for (const name of FONT_PACKAGES) hash.update(`${name}@${packageVersion(name)}\n`);
  const folder = fileURLToPath(new URL('.', import.meta.url));
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts')).sort()) {
    hash.update(`${file}\n`).update(readFileSync(path.join(folder, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

const indexFile = (dir: string, fingerprint: string) => path.join(dir, `index-${fingerprint}.json`);

/** Model digest → cache key, as the last build with this card code left it. */
export function readCardIndex(dir: string, fingerprint: string): Map<string, string> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(indexFile(dir, fingerprint), 'utf8')) as Record<string, string>));
  } catch {
    return new Map();
  }
}

/** Replaces the index (and any index of other card code) with this build's entries. */
export function writeCardIndex(dir: string, fingerprint: string, entries: ReadonlyMap<string, string>): void {
  mkdirSync(dir, { recursive: true });
  const file = indexFile(dir, fingerprint);
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, JSON.stringify(Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : 1)))));
  renameSync(temp, file);
  for (const name of readdirSync(dir)) {
    if (/^index-[0-9a-f]{16}\.json$/.test(name) && name !== path.basename(file)) rmSync(path.join(dir, name), { force: true });
  }
}
