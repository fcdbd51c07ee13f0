/**
 * Finds files of installed npm packages (fonts, emoji). Inside Astro's build the card
 * code runs from a bundled chunk that may live outside the project (OUT_DIR), so the
 * project's own node_modules, found from the working directory, is the fallback.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dirs = new Map<string, string>();

export function packageDir(name: string): string {
  const known = dirs.get(name);
  if (known) return known;
  const bases = [import.meta.url, pathToFileURL(path.join(process.cwd(), 'package.json')).href];
  for (const base of bases) {
    const dir = resolveFrom(base, name);
    if (dir) {
      dirs.set(name, dir);
      return dir;
    }
  }
  throw new Error(`cards: cannot find the npm package ${name}; run npm install`);
}

/**
 * The package's folder: from its package.json when the package exports it, else upwards from
 * its entry point to the package.json that names it (sharp exports no package.json).
 */
function resolveFrom(base: string, name: string): string | null {
  const require = createRequire(base);
  try {
    return path.dirname(require.resolve(`${name}/package.json`));
  } catch {
    // not exported, or not installed: try the entry point
  }
  let dir: string;
  try {
    dir = path.dirname(require.resolve(name));
  } catch {
    return null;
  }
  for (; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === name) return dir;
  }
  return null;
}
