/**
 * Markdown to HTML outside Astro (feeds, the email edition, scripts), through the pipeline
 * Astro's unified processor runs for pages (@astrojs/markdown-remark's
 * createMarkdownProcessor: GFM, SmartyPants, raw HTML, heading ids) with the project's own
 * remark/rehype lists from ./index.ts, so a note reads the same everywhere. MDX bodies cannot
 * go through remark alone: the routes render them with Astro's Container API (src/data/feeds.ts).
 * The result is not sanitised: src/lib/feeds/html.ts makes it safe for a feed or an email.
 */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from './index.ts';

const processors = new Map<string, Promise<MarkdownRenderer>>();

function processorFor(base: string): Promise<MarkdownRenderer> {
  let processor = processors.get(base);
  if (!processor) {
    processor = createMarkdownProcessor({
      remarkPlugins: remarkPlugins({ base }),
      rehypePlugins: rehypePlugins({ base }),
      // Code colours are inline styles, which the sanitiser drops anyway.
      syntaxHighlight: false,
    });
    processors.set(base, processor);
  }
  return processor;
}

/** Markdown to HTML exactly as pages render it (not yet sanitised: pass it to sanitizeFeedHtml). */
export async function markdownToHtml(markdown: string, options: { base: string }): Promise<string> {
  const processor = await processorFor(options.base);
  const { code } = await processor.render(markdown);
  return code;
}
