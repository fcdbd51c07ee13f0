/**
 * Links from content: only http(s) URLs and site-relative paths survive; anything else
 * (`javascript:`, `data:`, `vbscript:` …) is dropped, keeping the link text. Root-relative
 * paths get the site's base so a note's `[x](/topics/chips/)` works under a sub-path.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { hasScheme, isSafeHttpUrl, withBase } from '../urls.ts';

export interface SafeLinksOptions {
  /** Astro's base, e.g. "/" or "/qd/". */
  base?: string;
}

const URL_ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src', source: 'src', video: 'src', audio: 'src' };

export default function rehypeSafeLinks(options: SafeLinksOptions = {}) {
  const base = options.base ?? '/';
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const attribute = URL_ATTRIBUTES[node.tagName];
      if (!attribute) return;
      const value = node.properties[attribute];
      if (typeof value !== 'string') return;
      const href = value.trim();
      if (href.startsWith('//') || (hasScheme(href) && !isSafeHttpUrl(href))) {
        delete node.properties[attribute];
        return;
      }
      if (href.startsWith('/') && base !== '/' && !href.startsWith(base)) {
        node.properties[attribute] = withBase(base, href);
      }
    });
  };
}
