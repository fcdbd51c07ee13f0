/**
 * Links from content: only http(s) URLs and site-relative paths survive; anything else
 * (`javascript:`, `data:`, `vbscript:` …) is dropped, keeping the link text. Root-relative
 * paths get the site's base so a note's `[x](/topics/chips/)` works under a sub-path.
 * MDX's JSX elements (`<a href="/notes/x/">` written in an .mdx note) get the same treatment.
 */
import type { Element, Root } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { hasScheme, isSafeHttpUrl, withBase } from '../urls.ts';

export interface SafeLinksOptions {
  /** Astro's base, e.g. "/" or "/qd/". */
  base?: string;
}

const URL_ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src', source: 'src', video: 'src', audio: 'src' };

/** What becomes of one URL: dropped (null), kept, or given the base. */
export function safeContentUrl(value: string, base: string): string | null {
  const href = value.trim();
  if (href.startsWith('//') || (hasScheme(href) && !isSafeHttpUrl(href))) return null;
  if (href.startsWith('/') && base !== '/' && !href.startsWith(base)) return withBase(base, href);
  return value;
}

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

export default function rehypeSafeLinks(options: SafeLinksOptions = {}) {
  const base = options.base ?? '/';
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'element') {
        const element = node as Element;
        const attribute = URL_ATTRIBUTES[element.tagName];
        const value = attribute ? element.properties[attribute] : undefined;
        if (!attribute || typeof value !== 'string') return;
        const safe = safeContentUrl(value, base);
        if (safe === null) delete element.properties[attribute];
        else element.properties[attribute] = safe;
        return;
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const element = node as JsxElement;
        const attribute = element.name ? URL_ATTRIBUTES[element.name] : undefined;
        if (!attribute) return;
        element.attributes = element.attributes.flatMap((attr) => {
          if (attr.type !== 'mdxJsxAttribute' || attr.name !== attribute) return [attr];
          // An expression (`href={x}`) is code the editor wrote on purpose; a string is checked.
          if (typeof attr.value !== 'string') return [attr];
          const safe = safeContentUrl(attr.value, base);
          return safe === null ? [] : [{ ...attr, value: safe }];
        });
      }
    });
  };
}
