/**
 * The project's remark/rehype plugins, in one place. Astro's unified processor uses them
 * for pages (.md and .mdx alike, see astro.config.mjs); feeds and scripts use them through
 * the same lists so that every rendering of a note agrees.
 */
import type { PluggableList } from 'unified';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSafeLinks from './rehype-safe-links.ts';
import rehypeSanitizeMarkdown from './rehype-sanitize-markdown.ts';

export interface MarkdownOptions {
  /** Astro's base path ("/" or "/qd/"). */
  base?: string;
}

export function remarkPlugins(_options: MarkdownOptions = {}): PluggableList {
  return [];
}

export function rehypePlugins(options: MarkdownOptions = {}): PluggableList {
  return [
    rehypeSanitizeMarkdown,
    [rehypeSafeLinks, { base: options.base ?? '/' }],
    [rehypeExternalLinks, { rel: ['external', 'noopener', 'noreferrer'], target: false }],
  ];
}

export { rehypeSafeLinks, rehypeSanitizeMarkdown };
