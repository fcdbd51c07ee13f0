/** What a build wrote, counted from its output folder (for the build report). */
import { readdirSync } from 'node:fs';
import { isWebPage } from '../paths.ts';

export function countOutput(dir: string): { pages: number; feeds: number; emails: number } {
  const files = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).map((file) => file.split('\\').join('/'));
  const html = files.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
  return {
    pages: html.filter(isWebPage).length,
    feeds: files.filter((file) => file.endsWith('rss.xml')).length,
    emails: html.length - html.filter(isWebPage).length,
  };
}
