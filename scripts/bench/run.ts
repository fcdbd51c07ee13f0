/**
 * npm run bench: builds a generated corpus twice (cold card cache, then warm) and prints
 * figures. Performance is shown here, never asserted by a timed test.
 *
 *   npm run bench [-- notes=400]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from './generate-corpus.ts';

const noteArg = process.argv.slice(2).find((a) => /^notes=\d+$/.test(a));
const noteCount = noteArg ? Number(noteArg.split('=')[1]) : 400;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'quarterdeck-bench-'));
const contentDir = path.join(work, 'content');
const { quarters } = generateCorpus(contentDir, noteCount);

function build(label: string) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      CONTENT_DIR: contentDir,
      OUT_DIR: path.join(work, 'dist'),
      ASTRO_CACHE_DIR: path.join(work, 'astro-cache'),
      QD_CARD_CACHE_DIR: path.join(work, 'card-cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) {
    console.error(log.slice(-4000));
    throw new Error(`${label} build failed`);
  }
  const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? NaN);
  const cards = /cards?:[^\n]*/i.exec(log)?.[0]?.trim() ?? 'cards: (no report in log)';
  return { label, seconds, pages, cards };
}

function distStats(dir: string) {
  let files = 0;
  let bytes = 0;
  let html = 0;
  let htmlBytes = 0;
  for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const stat = fs.statSync(path.join(dir, rel));
    if (!stat.isFile()) continue;
    files++;
    bytes += stat.size;
    if (rel.endsWith('.html')) {
      html++;
      htmlBytes += stat.size;
    }
  }
  return { files, bytes, html, htmlBytes };
}

console.log(`corpus: ${noteCount} notes, ${quarters} quarters, in ${work}`);
console.log(`machine: ${os.cpus().length} cores, Node ${process.version}`);
const runs = [build('cold (empty caches)'), build('warm (same content)')];
for (const run of runs) {
  console.log(
    `${run.label.padEnd(22)} ${run.seconds.toFixed(1).padStart(6)} s  ${run.pages} pages  ${((run.seconds * 1000) / run.pages).toFixed(1)} ms/page  ${run.cards}`,
  );
}
const stats = distStats(path.join(work, 'dist'));
console.log(
  `output: ${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB; ${stats.html} HTML pages, ${(stats.htmlBytes / stats.html / 1024).toFixed(1)} KiB per page on average`,
);
fs.rmSync(work, { recursive: true, force: true });
