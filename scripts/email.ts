/**
 * Writes the email edition of a published brief as a MIME message that a mail client opens
 * and a newsletter service imports.
 *
 *   npm run email -- <quarter> [--out DIR] [--force]      (e.g. npm run email -- 2025-Q1)
 *
 * Reads the content folder (CONTENT_DIR, else ./content) with the code the content checks
 * use, builds the catalog as the site build does, renders the lede with the pages' Markdown
 * pipeline and writes <DIR or .>/<yyyy-qn>.eml. Exit 0 when written, 1 when the content or
 * the quarter is refused or the file exists (no --force), 2 on a usage error.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems } from '../src/lib/checks/check-content.ts';
import type { ContentFile } from '../src/lib/checks/read-content.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { emailMessage, emailModel, renderEmailHtml, renderEmailText, type EmailParts } from '../src/lib/email/index.ts';
import { markdownToHtml } from '../src/lib/markdown/render.ts';
import { parseQuarter, quarterLabel, quarterSlug } from '../src/lib/quarters.ts';
import { siteConfig } from '../src/site.ts';

const USAGE = 'usage: npm run email -- <quarter, e.g. 2025-Q1> [--out DIR] [--force]';

class Refusal extends Error {}

function parse(): { quarter: string; out: string; force: boolean } | null {
  const { values, positionals } = parseArgs({
    options: { out: { type: 'string', short: 'o' }, force: { type: 'boolean', short: 'f' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (positionals.length !== 1) return null;
  return { quarter: positionals[0]!, out: values.out ?? '.', force: values.force ?? false };
}

/** The catalog of a production build (no drafts): an email goes out for a published brief only. */
async function catalogOf(root: string) {
  const { problems, files, catalog } = await loadContent(root, { includeDrafts: false });
  if (!catalog) throw new Refusal(formatProblems(problems, root));
  return { catalog, briefFiles: files.filter((file) => file.kind === 'briefs') };
}

/** An MDX lede (code and components) renders only inside the site build: use the built email edition. */
function builtParts(file: ContentFile, builtDir: string): EmailParts {
  const html = path.join(builtDir, 'email.html');
  const text = path.join(builtDir, 'email.txt');
  if (!existsSync(html) || !existsSync(text)) {
    throw new Refusal(
      `${file.file} is MDX, which only the site build can render: run \`npm run build\` first (it writes ${html}), then this command again`,
    );
  }
  return { html: readFileSync(html, 'utf8'), text: readFileSync(text, 'utf8') };
}

async function main(): Promise<number> {
  const args = parse();
  const wanted = args && parseQuarter(args.quarter);
  if (!args || !wanted) {
    console.error(args ? `"${args.quarter}" is not a quarter: write it YYYY-QN, e.g. 2025-Q1\n${USAGE}` : USAGE);
    return 2;
  }
  const slug = quarterSlug(wanted);
  const root = siteConfig.contentDir;
  const { catalog, briefFiles } = await catalogOf(root);
  const quarter = catalog.quarter(slug);
  const file = briefFiles.find((brief) => brief.slug === slug);
  if (!quarter?.brief || !file) {
    // The checks have passed, so a brief file that did not make it into the catalog is a draft.
    const why = file ? 'has a draft brief only' : quarter ? 'has notes but no brief yet' : 'has no notes and no brief';
    const published = catalog.briefs.map((q) => q.label).join(', ') || 'none';
    throw new Refusal(`${quarterLabel(wanted)} ${why} in ${root}, so it has no email edition. Published briefs: ${published}`);
  }

  const target = path.resolve(args.out, `${slug}.eml`);
  if (existsSync(target) && !args.force) throw new Refusal(`${target} exists: pass --force to overwrite it`);

  const markdown = file.ext === '.md';
  const model = emailModel(quarter, siteConfig, markdown ? await markdownToHtml(file.body, { base: siteConfig.base }) : '');
  const parts = markdown
    ? { html: renderEmailHtml(model), text: renderEmailText(model) }
    : builtParts(file, path.join(siteConfig.outDir, 'briefs', slug));
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, await emailMessage(model, parts), { flag: args.force ? 'w' : 'wx' });
  console.log(`wrote ${path.relative(process.cwd(), target) || target}: "${model.title}" (${quarter.label})`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
