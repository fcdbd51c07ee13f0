/**
 * Vitest global setup for the `site` project: builds every site in SITES once per run.
 * The fixture is built twice with one card cache so tests can check determinism and that
 * the second build renders no card. QD_REUSE_BUILDS=1 skips builds whose output exists
 * (handy while iterating on tests; CI never sets it).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SITES, buildEnv, outputRoot, projectRoot, siteDist, siteLog, type SiteName } from '../helpers/sites.ts';

const ORDER: SiteName[] = ['fixture', 'fixtureRebuild', 'fixtureSubpath', 'sample', 'sampleSubpath'];

export default function setup(): void {
  const reuse = process.env.QD_REUSE_BUILDS === '1';
  if (!reuse) fs.rmSync(outputRoot, { recursive: true, force: true });
  fs.mkdirSync(outputRoot, { recursive: true });
  const fixtureCards = path.join(outputRoot, 'fixture-card-cache');
  for (const name of ORDER) {
    const spec = SITES[name];
    if (reuse && fs.existsSync(path.join(siteDist(name), 'index.html'))) continue;
    const cardCache = name === 'fixture' || name === 'fixtureRebuild' ? fixtureCards : path.join(outputRoot, spec.name, 'card-cache');
    fs.mkdirSync(path.dirname(siteLog(name)), { recursive: true });
    const started = Date.now();
    // The build an editor runs (npm run build): checks, Astro into a staging folder, swap.
    const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/build.ts')], {
      cwd: projectRoot,
      env: buildEnv(spec, cardCache),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const log = `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
    fs.writeFileSync(siteLog(name), log);
    if (result.status !== 0) {
      throw new Error(`the build of ${spec.name} failed (exit ${result.status}); log in ${siteLog(name)}\n${log.slice(-4000)}`);
    }
    console.log(`built ${spec.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
