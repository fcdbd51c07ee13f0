/**
 * Two notes citing one article: usually the same story noted twice (merge them), or a
 * copied `source` block that was never updated.
 */
import type { LintFinding, LintRule } from '../finding.ts';
import { warningAt } from '../place.ts';

/** One article, however its link was copied: scheme, `www.`, case of the host, trailing slash, fragment and utm_ tags aside. */
export function articleKey(url: string): string {
  try {
    const parsed = new URL(url);
    const params = [...parsed.searchParams].filter(([name]) => !name.toLowerCase().startsWith('utm_'));
    const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
    return `${parsed.hostname.toLowerCase().replace(/^www\./, '')}${parsed.pathname.replace(/\/+$/, '')}${query}`;
  } catch {
    return url.trim(); // the schema refuses what URL cannot parse; keep the rule total anyway
  }
}

export const sharedSourceUrl: LintRule = {
  name: 'shared-source-url',
  check({ notes }) {
    const firstByArticle = new Map<string, string>();
    const findings: LintFinding[] = [];
    const ordered = [...notes].sort((a, b) => (a.file.file < b.file.file ? -1 : a.file.file > b.file.file ? 1 : 0));
    for (const { file, data } of ordered) {
      const url = data.source.url;
      if (!url) continue;
      const key = articleKey(url);
      const first = firstByArticle.get(key);
      if (!first) {
        firstByArticle.set(key, file.file);
        continue;
      }
      findings.push(warningAt(file, ['source', 'url'], `${first} cites the same article: one note per article (merge them), or check the link`));
    }
    return findings;
  },
};
