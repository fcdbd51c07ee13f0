/**
 * The project's remark/rehype plugins, in one place. Astro's unified processor uses them
 * for pages (.md and .mdx alike, see astro.config.mjs); feeds and scripts use them through
 * the same lists so that every rendering of a note agrees.
 */
import type { Plugin } from 'unified';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSafeLinks from './rehype-safe-links.ts';
import rehypeSanitizeMarkdown from './rehype-sanitize-markdown.ts';

/** A plugin, or a plugin with its options: the shape Astro's processor and unified both take. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PluginEntry = Plugin<any[], any, any> | [Plugin<any[], any, any>, unknown];

export interface MarkdownOptions {
  /** Astro's base path ("/" or "/qd/"). */
  base?: string;
}

export function remarkPlugins(_options: MarkdownOptions = {}): PluginEntry[] {
  return [];
}

export function rehypePlugins(options: MarkdownOptions = {}): PluginEntry[] {
  return [
    rehypeSanitizeMarkdown,
    [rehypeSafeLinks, { base: options.base ?? '/' }],
    [rehypeExternalLinks, { rel: ['external', 'noopener', 'noreferrer'], target: false }],
  ];
}

export { rehypeSafeLinks, rehypeSanitizeMarkdown };
