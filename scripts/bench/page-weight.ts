/**
 * What a reader downloads for one page, and what its HTML is made of: the HTML and the
 * stylesheets it links (raw and gzip -6 each, as a first visit fetches them), and the HTML's
 * bytes split into the text a reader sees, the addresses of its links and images, its
 * JSON-LD, and the rest: tags, attribute names and the other attribute values (classes,
 * ids, ARIA). Parsed with a real HTML parser; text and addresses are counted as decoded
 * UTF-8, so `&amp;` counts as one byte of text and four of markup. `hooks`, part of the
 * markup, is the class and data-* attributes: what the page would weigh with no styling or
 * search hooks at all is its bytes less these; `aria`, also markup, is its ARIA attributes (the
 * names that links, sections and charts give assistive technology). `floor` is the least its
 * HTML could weigh with the same content (html-floor.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { htmlFloorBytes } from './html-floor.ts';

export interface PageWeight {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** The local stylesheets the page links, summed. */
  css: { files: number; bytes: number; gzipBytes: number };
  /** The HTML's bytes by what they carry. */
  anatomy: { text: number; addresses: number; jsonLd: number; markup: number; hooks: number; aria: number };
  /** The least this HTML could weigh carrying the same content (html-floor.ts). */
  floor: number;
}

const ADDRESS_ATTRIBUTES = ['href', 'src'];
const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');

function anatomy(html: string): { tree: Root; parts: PageWeight['anatomy'] } {
  const tree = unified().use(rehypeParse).parse(html);
  let text = 0;
  let addresses = 0;
  let jsonLd = 0;
  let hooks = 0;
  let aria = 0;
  // An empty element with only these attributes, less its bare tags: the attributes as written.
  const attributesBytes = (properties: [string, unknown][]) =>
    properties.length ? byteLength(toHtml({ type: 'element', tagName: 'i', properties: Object.fromEntries(properties) as Element['properties'], children: [] })) - '<i></i>'.length : 0;
  visit(tree, (node, _index, parent) => {
    if (node.type === 'element') {
      const properties = Object.entries(node.properties);
      hooks += attributesBytes(properties.filter(([name]) => name === 'className' || /^data[A-Z]/.test(name)));
      aria += attributesBytes(properties.filter(([name]) => /^aria[A-Z]/.test(name)));
      for (const name of ADDRESS_ATTRIBUTES) {
        const value = node.properties[name];
        if (typeof value === 'string') addresses += byteLength(value);
      }
    } else if (node.type === 'text') {
      const tag = parent?.type === 'element' ? parent.tagName : undefined;
      if (tag === 'script' && (parent as Element).properties.type === 'application/ld+json') jsonLd += byteLength(node.value);
      else if (tag !== 'script' && tag !== 'style') text += byteLength(node.value);
    }
  });
  const markup = byteLength(html) - text - addresses - jsonLd;
  return { tree, parts: { text, addresses, jsonLd, markup, hooks, aria } };
}

/** Local stylesheet links of the page, as files under outDir (the site is built without a base path). */
function stylesheets(tree: Root, outDir: string): string[] {
  const files: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const rel = node.properties.rel;
    const href = node.properties.href;
    if (node.tagName === 'link' && Array.isArray(rel) && rel.includes('stylesheet') && typeof href === 'string' && href.startsWith('/')) {
      files.push(path.join(outDir, href.split(/[?#]/)[0]!));
    }
  });
  return files;
}

export function pageWeight(outDir: string, rel: string): PageWeight | null {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.join(outDir, rel));
  } catch {
    return null;
  }
  const { tree, parts } = anatomy(bytes.toString('utf8'));
  const css = { files: 0, bytes: 0, gzipBytes: 0 };
  for (const file of stylesheets(tree, outDir)) {
    const sheet = fs.readFileSync(file);
    css.files++;
    css.bytes += sheet.length;
    css.gzipBytes += gzipSync(sheet).length;
  }
  return { file: rel, bytes: bytes.length, gzipBytes: gzipSync(bytes).length, css, anatomy: parts, floor: htmlFloorBytes(tree) };
}
