/**
 * Builds the site: `npm run build`.
 *
 *   1. The settings and the content are checked first. Any problem is printed as one list,
 *      one line each (file, line, field, what to do), and nothing is built: exit 1.
 *   2. Astro builds into a staging folder beside OUT_DIR (default ./dist).
 *   3. Only a build that succeeds replaces OUT_DIR; a failed one is discarded, so the
 *      previous site stays byte for byte as it was. Nothing is ever written into content/.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkContent,
  formatProblems,
  formatSettingProblems,
  placeholderUrlWarning,
} from '../src/lib/checks/check-content.ts';
import { explainBuildFailure } from '../src/lib/build/failure.ts';
import { readContent } from '../src/lib/checks/read-content.ts';
import { discardStaging, prepareStaging, promoteStaging } from '../src/lib/build/staged-output.ts';
import { PLACEHOLDER_SITE_URL } from '../src/lib/config/site-config.ts';
import { settingProblems, siteConfig } from '../src/site.ts';

const projectRoot = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

if (settingProblems.length > 0) {
  console.error(formatSettingProblems(settingProblems));
  process.exit(1);
}
const problems = await checkContent(siteConfig.contentDir);
if (problems.length > 0) {
  console.error(formatProblems(problems, siteConfig.contentDir));
  console.error('\nNothing was built. Fix the lines above and build again (`npm run lint:content` checks without building).');
  process.exit(1);
}
if (siteConfig.urlIsPlaceholder) console.warn(`warning: ${placeholderUrlWarning(PLACEHOLDER_SITE_URL)}`);

const { outDir, contentDir } = siteConfig;
const staging = prepareStaging(outDir);
const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  cwd: projectRoot,
  // QD_CONTENT_CHECKED: the checks above ran; the build's own check step need not repeat them.
  env: { ...process.env, OUT_DIR: staging, QD_CONTENT_CHECKED: '1' },
  stdio: ['ignore', 'inherit', 'pipe'],
});
// Astro's errors are held back: one traced to a content file is said in the editor's terms instead.
let errors = '';
child.stderr.on('data', (chunk: Buffer) => {
  errors += chunk.toString('utf8');
});
const status: number = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));

const shownOut = path.relative(process.cwd(), outDir) || '.';
if (status === 0) {
  process.stderr.write(errors); // warnings
  promoteStaging(outDir);
  console.log(`site written to ${shownOut}/`);
} else {
  discardStaging(outDir);
  const { files } = await readContent(contentDir);
  const failure = explainBuildFailure(errors, files.map((file) => withFileText(file, contentDir)));
  if (failure.explained) console.error(`\n${failure.explained}`);
  else process.stderr.write(errors);
  console.error(`\nThe build failed; ${shownOut}/ was left as it was.`);
  process.exit(status);
}

/** Line numbers count from the top of the file, frontmatter included. */
function withFileText(source: { file: string; name: string }, root: string) {
  const abs = path.join(path.dirname(path.resolve(root)), source.file);
  return { ...source, text: readFileSync(abs, 'utf8') };
}
