/**
 * Which cards a build used, and whether each was rendered or reused. Card endpoints run
 * inside Astro's build bundle, whose module state the cards-report integration cannot
 * see, so usage goes through a small log file: the integration names it in an
 * environment variable when the build starts (inherited by anything the build spawns),
 * each card appends one JSON line, and the integration reads it when the build is done.
 */
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const USAGE_LOG_ENV = 'QD_CARD_USAGE_LOG';

export type CardStatus = 'rendered' | 'reused';

export interface CardUsage {
  dir: string;
  key: string;
  status: CardStatus;
  kind: string;
  slug: string;
}

export function recordUsage(usage: CardUsage, env: NodeJS.ProcessEnv = process.env): void {
  const file = env[USAGE_LOG_ENV];
  if (file) appendFileSync(file, `${JSON.stringify(usage)}\n`);
}


/** Starts a log for this build and returns its path. */
export function startUsageLog(env: NodeJS.ProcessEnv = process.env): string {
  const file = path.join(os.tmpdir(), `quarterdeck-cards-${process.pid}-${Date.now()}.ndjson`);
  env[USAGE_LOG_ENV] = file;
  return file;
}

export interface UsageSummary {
  /** Distinct cards rendered in this build. */
  rendered: number;
  /** Distinct cards taken from the cache. */
  reused: number;

  /** Cache folder → keys used there. */
  used: Map<string, Set<string>>;
}

export function readUsage(file: string): UsageSummary {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // No card was requested in this build.
  }
  const status = new Map<string, CardStatus>();
  const used = new Map<string, Set<string>>();
  const use = (dir: string, key: string) => {
    const keys = used.get(dir) ?? new Set<string>();
    keys.add(key);
    used.set(dir, keys);
  };
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const usage = JSON.parse(line) as CardUsage;
    const id = `${usage.dir}\u0000${usage.key}`;
    // A card rendered once and then reused in the same build counts as rendered.
    if (status.get(id) !== 'rendered') status.set(id, usage.status);
    use(usage.dir, usage.key);
  }
  const counts = { rendered: 0, reused: 0 };
  for (const value of status.values()) counts[value]++;
  return { ...counts, used };
}

export function endUsageLog(file: string, env: NodeJS.ProcessEnv = process.env): void {
  rmSync(file, { force: true });
  if (env[USAGE_LOG_ENV] === file) delete env[USAGE_LOG_ENV];
}
