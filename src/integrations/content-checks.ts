/**
 * Runs the content checks (src/lib/checks) before Astro reads a single entry.
 *
 * `astro build` (and `astro sync`/`astro check`) stop with one line per problem, so an
 * editor sees every mistake at once instead of Astro's first schema error, and sees dates
 * as they were written (Astro's YAML parser rolls 2025-02-30 over to March). `astro dev`
 * logs the same report and keeps serving, re-checking whenever a content file changes.
 * The checks only read: nothing is ever written into the content folder.
 */
import path from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent, formatProblems } from '../lib/checks/check-content.ts';
import { siteConfig } from '../site.ts';

/** A content problem is the editor's to fix, not a crash: no stack trace, a hint instead. */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly hint = 'Fix the files above and build again; `npm run lint:content` runs these checks alone.';
  constructor(message: string) {
    super(message);
    this.stack = '';
  }
}

export function contentChecks(options: { root?: string } = {}): AstroIntegration {
  const root = () => options.root ?? siteConfig.contentDir;

  let hadProblems = false;
  async function report(logger: AstroIntegrationLogger): Promise<void> {
    const problems = await checkContent(root());
    if (problems.length) logger.error(formatProblems(problems, root()));
    else if (hadProblems) logger.info('content problems fixed');
    hadProblems = problems.length > 0;
  }

  return {
    name: 'quarterdeck:content-checks',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command === 'preview') return;
        if (command === 'dev') return report(logger);
        // `npm run build` (scripts/build.ts) has checked already and printed any problem.
        if (process.env.QD_CONTENT_CHECKED === '1') return;
        const problems = await checkContent(root());
        if (problems.length) {
          // Astro prints a thrown error's message in full: that message is the report.
          throw new ContentError(formatProblems(problems, root()));
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const folder = path.resolve(root());
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.add(folder);
        server.watcher.on('all', (_event, file) => {
          if (!path.resolve(file).startsWith(folder + path.sep)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            report(logger).catch((error: unknown) => logger.error(String(error)));
          }, 200);
        });
      },
    },
  };
}
