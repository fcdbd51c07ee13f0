/**
 * Sanitises the HTML of Markdown notes for pages: raw `<script>`, `<style>`, `<iframe>` and
 * event handlers never reach a reader. MDX files are skipped on purpose: MDX is code (it
 * imports components) and its JSX nodes are not HTML elements, so sanitising would strip them.
 */
import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { VFile } from 'vfile';

export const markdownSanitizeSchema: Schema = {
  ...defaultSchema,
  // Keep heading ids and footnote anchors as written (no `user-content-` prefix).
  clobber: [],
  // Dropped with their content: a style sheet or script must not turn into visible text.
  strip: [...(defaultSchema.strip ?? []), 'style', 'template', 'textarea', 'title'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'id'],
    a: [...(defaultSchema.attributes?.a ?? []), 'rel', 'title'],
    img: [...(defaultSchema.attributes?.img ?? []), 'loading', 'decoding', 'width', 'height'],
  },
};

export default function rehypeSanitizeMarkdown(schema: Schema = markdownSanitizeSchema) {
  return (tree: Root, file: VFile): Root => {
    if (/\.mdx$/i.test(file.path ?? '')) return tree;
    // Parse raw HTML first so harmless tags (<sup>, <details>) survive as elements
    // and only what the schema forbids is dropped.
    return sanitize(raw(tree, { file }), schema) as Root;
  };
}
