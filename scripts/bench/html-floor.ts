/**
 * The least a page's HTML could weigh and still carry what it carries: its head as it is (title,
 * description, social tags, canonical and feed links, JSON-LD), its text, and in its body only
 * the attributes that hold content (addresses, alt text, dates, chart geometry, table structure,
 * language) or that a rule of this project requires (`rel` on external links, the ids the
 * page's own links point at, `role` on charts), written as tersely as HTML allows: optional
 * tags left out, attribute values unquoted where they can be. No class, no ARIA label, no
 * data- attribute, no id nothing links to.
 *
 * It is a lower bound, not a proposal: a page that keeps its content cannot get below it,
 * whatever its markup, so a size target under it asks for less content.
 */
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/** hast property names. */
const CONTENT_PROPERTIES = new Set([
  'href',
  'src',
  'alt',
  'rel',
  'dateTime',
  'lang',
  'role',
  'scope',
  'colSpan',
  'rowSpan',
  'open',
  'viewBox',
  'd',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'width',
  'height',
  'points',
  'transform',
]);

function inPageTargets(tree: Root): Set<string> {
  const targets = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    const href = node.properties.href;
    if (typeof href === 'string' && href.startsWith('#') && href.length > 1) targets.add(decodeURIComponent(href.slice(1)));
  });
  return targets;
}

/** The page as that least HTML. */
export function bareHtml(tree: Root): string {
  const targets = inPageTargets(tree);
  const bare = structuredClone(tree);
  visit(bare, 'element', (node: Element) => {
    if (node.tagName === 'head') return 'skip';
    node.properties = Object.fromEntries(
      Object.entries(node.properties).filter(([name, value]) => CONTENT_PROPERTIES.has(name) || (name === 'id' && targets.has(String(value)))),
    );
    return undefined;
  });
  return toHtml(bare, { omitOptionalTags: true, preferUnquoted: true, collapseEmptyAttributes: true, tightDoctype: true });
}

export function htmlFloorBytes(tree: Root): number {
  return Buffer.byteLength(bareHtml(tree), 'utf8');
}
