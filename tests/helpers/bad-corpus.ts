/**
 * Bad-input corpora: a copy of the valid base corpus (tests/fixtures/bad/base) with a few
 * files changed, added or removed. The copy's folder is always named `content`, so problems
 * name files as `content/notes/2025/x.md` wherever the copy lives.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const baseCorpus = fileURLToPath(new URL('../fixtures/bad/base', import.meta.url));

/** New text (or bytes) for a file; null deletes it; a function edits the base file's text. */
export type Mutation = string | Uint8Array | null | ((text: string) => string);

/** Edits a base file: replaces `from` (which must occur) with `to`. */
export function replace(from: string | RegExp, to: string): (text: string) => string {
  return (text) => {
    const found = typeof from === 'string' ? text.includes(from) : from.test(text);
    if (!found) throw new Error(`mutation: ${String(from)} not found`);
    return text.replace(from, to);
  };
}

/** Copies the base corpus to `<parent>/content`, applies `mutations` (keyed by path under it), returns that root. */
export function makeCorpus(parent: string, mutations: Record<string, Mutation> = {}): string {
  const root = path.join(parent, 'content');
  fs.rmSync(root, { recursive: true, force: true });
  fs.cpSync(baseCorpus, root, { recursive: true });
  for (const [rel, mutation] of Object.entries(mutations)) {
    const file = path.join(root, rel);
    if (mutation === null) {
      fs.rmSync(file);
    } else if (typeof mutation === 'string' || mutation instanceof Uint8Array) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, mutation);
    } else {
      fs.writeFileSync(file, mutation(fs.readFileSync(file, 'utf8')));
    }
  }
  return root;
}

/** The text of a base file, e.g. to copy it under another name. */
export function baseFile(rel: string): string {
  return fs.readFileSync(path.join(baseCorpus, rel), 'utf8');
}

/** A hash of every file's path and bytes under `dir`: equal hashes, identical folders. */
export function hashTree(dir: string): string {
  const hash = createHash('sha256');
  const walk = (sub: string) => {
    for (const name of fs.readdirSync(path.join(dir, sub)).sort()) {
      const rel = path.join(sub, name);
      const stat = fs.statSync(path.join(dir, rel));
      if (stat.isDirectory()) walk(rel);
      else hash.update(`${rel}\0${stat.size}\0`).update(fs.readFileSync(path.join(dir, rel)));
    }
  };
  walk('');
  return hash.digest('hex');
}
