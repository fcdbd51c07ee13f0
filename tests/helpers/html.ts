/** Reads built pages as HAST so tests query real HTML, not strings. */
import fs from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

const parser = unified().use(rehypeParse);

export interface Page {
  file: string;
  tree: Root;
  one(selector: string): Element | undefined;
  all(selector: string): Element[];
  text(selector: string): string;
  texts(selector: string): string[];
  attr(selector: string, name: string): string | undefined;
}

export function readPage(dist: string, sitePath: string): Page {
  const rel = decodeURIComponent(sitePath).replace(/^\/+/, '');
  const file = path.join(dist, rel.endsWith('.html') ? rel : path.join(rel, 'index.html'));
  const tree = parser.parse(fs.readFileSync(file, 'utf8')) as Root;
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  return {
    file,
    tree,
    one: (selector) => select(selector, tree) ?? undefined,
    all: (selector) => selectAll(selector, tree),
    text: (selector) => {
      const node = select(selector, tree);
      return node ? clean(toString(node)) : '';
    },
    texts: (selector) => selectAll(selector, tree).map((node) => clean(toString(node))),
    attr: (selector, name) => {
      const value = select(selector, tree)?.properties?.[name];
      return value === undefined || value === null ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
    },
  };
}

/** Every HTML file under a folder, as paths relative to it. */
export function htmlFiles(dist: string): string[] {
  return (fs.readdirSync(dist, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .sort();
}
