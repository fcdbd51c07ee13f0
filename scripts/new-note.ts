/**
 * Drafts a note from a raw article: a scraped page, a saved HTML file, a copied text.
 *
 *   npm run new-note -- <article.txt|article.html|-> [--slug SLUG] [--force]
 *
 * Reads the article (`-`: standard input), finds its title, source, date, figures, quotes,
 * entities and topics, and writes content/notes/<yyyy>/<slug>.md (inside CONTENT_DIR, else
 * ./content) with `draft: true` and an empty summary for the editor to write. Prints what it
 * found and what is left to do. Exit 0 when written; 1 when refused (input unreadable or not
 * UTF-8, note exists without --force, slug unusable, no topics); 2 on a usage error.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readContent } from '../src/lib/checks/read-content.ts';
import { noteFilePath } from '../src/lib/content/layout.ts';
import { topicSchema } from '../src/lib/content/schema.ts';
import { serializeNote } from '../src/lib/content/serialize.ts';
import { decodeArticle, draftNote, formatReport, NotUtf8Error, type TopicInfo } from '../src/lib/ingest/index.ts';
import { writeContentFile } from '../src/lib/scaffold/write-content-file.ts';
import { slugify } from '../src/lib/slugs.ts';
import { siteConfig } from '../src/site.ts';

const USAGE = 'usage: npm run new-note -- <article.txt|article.html|-> [--slug SLUG] [--force]';

class Refusal extends Error {}

function parse(): { input: string; slug?: string; force: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      options: { slug: { type: 'string' }, force: { type: 'boolean', short: 'f' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (positionals.length !== 1) {
    console.error(USAGE);
    process.exit(2);
  }
  return { input: positionals[0]!, slug: values.slug, force: values.force ?? false };
}

function readInput(input: string): { text: string; fileName?: string } {
  if (input === '-') return { text: decodeArticle(readFileSync(0), 'standard input') };
  let bytes: Buffer;
  try {
    bytes = readFileSync(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Refusal(code === 'ENOENT' ? `${input}: no such file` : `${input}: cannot be read (${code ?? 'unknown error'})`);
  }
  return { text: decodeArticle(bytes, input), fileName: input };
}

async function readTopicsAndNotes(root: string): Promise<{ topics: TopicInfo[]; notes: Map<string, string> }> {
  const { files } = await readContent(root);
  const topics: TopicInfo[] = [];
  const notes = new Map<string, string>();
  for (const file of files) {
    if (file.kind === 'topics') {
      // A malformed topic is lint:content's to report; the draft just cannot suggest it.
      const topic = topicSchema.safeParse(file.data ?? {});
      if (topic.success) topics.push({ slug: file.slug, ...topic.data });
    } else if (file.kind === 'notes') {
      notes.set(file.slug, file.file);
    }
  }
  return { topics, notes };
}

/** A slug the editor gave must be a file name, not a path: `--slug ../../x` would leave notes/. */
function checkSlug(slug: string): void {
  const clean = slugify(slug);
  if (slug !== clean) {
    throw new Refusal(
      `--slug "${slug}" is not a slug (lower-case letters, digits and hyphens; it names a file in notes/<yyyy>/)` +
        (clean ? `: try --slug ${clean}` : ''),
    );
  }
}

async function main(): Promise<void> {
  const args = parse();
  const root = path.resolve(siteConfig.contentDir);
  if (args.slug !== undefined) checkSlug(args.slug);
  const { text, fileName } = readInput(args.input);
  const { topics, notes } = await readTopicsAndNotes(root);
  if (!topics.length) throw new Refusal(`no topics in ${path.join(root, 'topics')}: a note needs one; add a topic first`);

  const draft = draftNote(text, { topics, today: new Date(), fileName });
  const slug = args.slug ?? draft.slug;
  const target = noteFilePath(root, draft.note.date, slug);
  const shown = path.relative(process.cwd(), target) || target;
  const existing = notes.get(slug.toLowerCase());
  if (existing !== undefined && !existsSync(target)) {
    throw new Refusal(`a note with the slug "${slug}" already exists (${existing}); slugs are unique across years: choose another --slug`);
  }
  const written = writeContentFile(root, target, serializeNote(draft.note, draft.body), { force: args.force });
  if (!written.ok) {
    throw new Refusal(written.reason === 'exists' ? `${written.message}, or choose another --slug` : `${written.message}: choose another --slug`);
  }
  process.stdout.write(formatReport(draft, shown));
}

try {
  await main();
} catch (error) {
  if (error instanceof Refusal || error instanceof NotUtf8Error) {
    console.error(`new-note: ${error.message}`);
    process.exitCode = 1;
  } else {
    console.error(error);
    process.exitCode = 2;
  }
}
