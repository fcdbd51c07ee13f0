/**
 * Checks the content folder without building the site: the build's errors, and warnings
 * about what the build accepts but an editor would fix (src/lib/lint).
 *
 *   npm run lint:content [-- dir]      (dir defaults to CONTENT_DIR, else ./content)
 *
 * Prints one `file:line: level: message` line per finding, errors first, then a summary.
 * Exit 1 when there are errors, 0 when there are none (warnings or not), 2 when the
 * checks themselves could not run.
 */
import { formatLintReport, lintContent } from '../src/lib/lint/index.ts';
import { siteConfig } from '../src/site.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log('usage: npm run lint:content [-- <content dir>]   (default: $CONTENT_DIR or ./content)');
  process.exit(0);
}

const root = args[0] ?? siteConfig.contentDir;
try {
  const { findings, counts } = await lintContent(root);
  console.log(formatLintReport(findings, counts, { root, cwd: process.cwd() }));
  process.exitCode = findings.some((finding) => finding.level === 'error') ? 1 : 0;
} catch (error) {
  console.error(error);
  process.exitCode = 2;
}
