/**
 * Starts the brief of a quarter as a draft that builds at once.
 *
 *   npm run new-brief -- <quarter> [--force]      (e.g. npm run new-brief -- 2025-Q2)
 *
 * Writes briefs/<yyyy>-q<n>.md in the content folder (CONTENT_DIR, else ./content): see
 * src/lib/scaffold/brief.ts for what goes in it. Exit 0 when written; 1 when the content has
 * errors, the quarter has no notes or the brief exists (no --force); 2 on a usage error.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems } from '../src/lib/checks/check-content.ts';
import { briefFilePath } from '../src/lib/content/layout.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { serializeBrief } from '../src/lib/content/serialize.ts';
import { parseQuarter, quarterSlug } from '../src/lib/quarters.ts';
import { scaffoldBrief } from '../src/lib/scaffold/brief.ts';
import { writeContentFile } from '../src/lib/scaffold/write-content-file.ts';
import { siteConfig } from '../src/site.ts';

const USAGE = 'usage: npm run new-brief -- <quarter, e.g. 2025-Q2> [--force]';

function parse(): { quarter: string; force: boolean } | 'help' | null {
  try {
    const { values, positionals } = parseArgs({
      options: { force: { type: 'boolean', short: 'f' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
    if (values.help) return 'help';
    return positionals.length === 1 ? { quarter: positionals[0]!, force: values.force ?? false } : null;
  } catch {
    return null; // an unknown option
  }
}

async function main(): Promise<number> {
  const args = parse();
  if (args === 'help') {
    console.log(USAGE);
    return 0;
  }
  const quarter = args && parseQuarter(args.quarter);
  if (!args || !quarter) {
    console.error(args ? `"${args.quarter}" is not a quarter: write it YYYY-QN, e.g. 2025-Q2\n${USAGE}` : USAGE);
    return 2;
  }

  const root = siteConfig.contentDir;
  // Production view (no drafts): the brief's picks and links must hold once it is published.
  const { problems, files, catalog } = await loadContent(root, { includeDrafts: false });
  if (!catalog) {
    console.error(`${formatProblems(problems, root)}\nFix these first: the brief is made from the content as the site builds it.`);
    return 1;
  }
  const result = scaffoldBrief(catalog, quarter, new Date());
  if (!result.ok) {
    console.error(result.message);
    return 1;
  }

  // An existing brief may be .mdx: --force replaces that file rather than adding a second brief.
  const existing = files.find((file) => file.kind === 'briefs' && file.slug === quarterSlug(quarter));
  const target = existing ? path.join(path.dirname(path.resolve(root)), existing.file) : briefFilePath(root, quarter);
  const { brief, body, todo } = result.scaffold;
  const written = writeContentFile(root, target, serializeBrief(brief, body), { force: args.force });
  if (!written.ok) {
    console.error(written.message);
    return 1;
  }
  const relative = path.relative(process.cwd(), written.file);
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? written.file : relative;
  console.log(`wrote ${shown}: a draft brief for ${brief.quarter} (draft: true, shown by \`npm run dev\` only)`);
  console.log(['Still to do (`npm run lint:content` lists what is left):', ...todo.map((line) => `  - ${line}`)].join('\n'));
  return 0;
}

process.exitCode = await main();
