/**
 * Checks the content folder without building the site.
 *
 *   npm run lint:content [-- dir]      (dir defaults to CONTENT_DIR, else ./content)
 *
 * Exit 0 with a one-line summary when the content is clean, 1 with the same report the
 * build prints when it is not, 2 when the checks themselves could not run.
 */
import { formatProblems, inspectContent } from '../src/lib/checks/check-content.ts';
import { siteConfig } from '../src/site.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log('usage: npm run lint:content [-- <content dir>]   (default: $CONTENT_DIR or ./content)');
  process.exit(0);
}

const root = args[0] ?? siteConfig.contentDir;
try {
  const { problems, counts } = await inspectContent(root);
  if (problems.length) {
    console.error(formatProblems(problems, root));
    process.exitCode = 1;
  } else {
    const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
    console.log(
      `content OK: ${n(counts.notes, 'note', 'notes')}, ${n(counts.topics, 'topic', 'topics')}, ${n(counts.briefs, 'brief', 'briefs')}`,
    );
  }
} catch (error) {
  console.error(error);
  process.exitCode = 2;
}
