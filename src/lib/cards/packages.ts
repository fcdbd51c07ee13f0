/**
 * Finds files of installed npm packages (fonts, emoji). Inside Astro's build the card
 * code runs from a bundled chunk that may live outside the project (OUT_DIR), so the
 * project's own node_modules, found from the working directory, is the fallback.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dirs = new Map<string, string>();

export function packageDir(name: string): string {
  const known = dirs.get(name);
  if (known) return known;
  const bases = [import.meta.url, pathToFileURL(path.join(process.cwd(), 'package.json')).href];
  for (const base of bases) {
    try {
      const manifest = createRequire(base).resolve(`${name}/package.json`);
      const dir = path.dirname(manifest);
      dirs.set(name, dir);
      return dir;
    } catch {
      // try the next base
    }
  }
  throw new Error(`cards: cannot find the npm package ${name}; run npm install`);
}
