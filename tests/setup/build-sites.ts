/**
 * Vitest global setup for the `site` project: builds every site in SITES once per run, with
 * the build an editor runs (`npm run build`, scripts/build.ts). The fixture is built twice
 * with one card cache so tests can check determinism and that the second build renders no
 * card; a copy of the fixture with one more note is built, touched up (one body) and built
 * again, edited (that note deleted) and built again, all incrementally, and the edited copy is
 * built from scratch beside it.
 * QD_REUSE_BUILDS=1 skips builds whose output exists (handy while iterating on tests; CI
 * never sets it).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  INCREMENTAL_EDIT,
  INCREMENTAL_TOUCH,
  SITES,
  buildEnv,
  outputRoot,
  projectRoot,
  siteDist,
  siteLog,
  siteReport,
  type SiteName,
} from '../helpers/sites.ts';

const ORDER: SiteName[] = ['fixture', 'fixtureRebuild', 'fixtureSubpath', 'sample', 'sampleSubpath'];

function build(name: SiteName, cardCache: string, label = SITES[name].name, shell: NodeJS.ProcessEnv = {}): void {
  const spec = SITES[name];
  fs.mkdirSync(path.dirname(siteLog(name)), { recursive: true });
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/build.ts')], {
    cwd: projectRoot,
    env: { ...buildEnv(spec, cardCache), ...shell },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const log = `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
  fs.writeFileSync(siteLog(name), log);
  if (result.status !== 0) {
    throw new Error(`the build of ${label} failed (exit ${result.status}); log in ${siteLog(name)}\n${log.slice(-4000)}`);
  }
  console.log(`built ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export default function setup(): void {
  const reuse = process.env.QD_REUSE_BUILDS === '1';
  if (!reuse) fs.rmSync(outputRoot, { recursive: true, force: true });
  fs.mkdirSync(outputRoot, { recursive: true });
  const fixtureCards = path.join(outputRoot, 'fixture-card-cache');
  const ownCards = (name: SiteName) => path.join(outputRoot, SITES[name].name, 'card-cache');
  for (const name of ORDER) {
    if (reuse && fs.existsSync(path.join(siteDist(name), 'index.html'))) continue;
    build(name, name === 'fixture' || name === 'fixtureRebuild' ? fixtureCards : ownCards(name));
  }

  if (reuse && fs.existsSync(path.join(siteDist('incrementalClean'), 'index.html'))) return;
  const content = SITES.incremental.contentDir;
  fs.rmSync(content, { recursive: true, force: true });
  fs.cpSync(SITES.fixture.contentDir, content, { recursive: true });
  fs.writeFileSync(path.join(content, INCREMENTAL_EDIT.deleted.file), INCREMENTAL_EDIT.deleted.text);
  // Each build started from its own command line, as an editor's are: `_` is the shell's last command.
  build('incremental', ownCards('incremental'), 'incremental (before the edit)', { _: '/usr/bin/npm' });
  fs.copyFileSync(siteReport('incremental'), path.join(outputRoot, SITES.incremental.name, 'report-before.json'));
  const touched = path.join(content, INCREMENTAL_TOUCH.file);
  fs.writeFileSync(touched, INCREMENTAL_TOUCH.edit(fs.readFileSync(touched, 'utf8')));
  build('incremental', ownCards('incremental'), 'incremental (a body touched up)');
  fs.copyFileSync(siteLog('incremental'), path.join(outputRoot, SITES.incremental.name, 'build-touched.log'));
  const edited = path.join(content, INCREMENTAL_EDIT.file);
  fs.writeFileSync(edited, INCREMENTAL_EDIT.edit(fs.readFileSync(edited, 'utf8')));
  fs.rmSync(path.join(content, INCREMENTAL_EDIT.deleted.file));
  build('incremental', ownCards('incremental'), 'incremental (after the edit)', { _: process.execPath });
  build('incrementalClean', ownCards('incrementalClean'));
}
