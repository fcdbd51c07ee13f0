/**
 * What the checks find in one file from its bytes alone (its parse, its own field and MDX
 * problems, the site links of its body) is kept between builds, keyed by the bytes, the
 * file's place and the version of the code that checks. A warm build then parses only the
 * files that changed; the rules across files still run on every file, every time, so every
 * message is the one a full run gives (tests/unit/check-cache.test.ts holds them to it).
 *
 * The store is one file of V8's structured-clone format, which keeps what YAML yields
 * (Infinity, NaN, -0) exactly, where JSON would not. One that cannot be read, or was written
 * for other code, is ignored and replaced: the cache can cost a parse, never a message.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { BodyLink } from './body-links.ts';
import type { ContentProblem } from './problem.ts';
import type { ListedFile, ParsedFile } from './read-content.ts';

/** A file's findings that depend on its bytes only. */
export interface FileFindings {
  parsed: ParsedFile;
  /** Field and MDX problems, after those of `parsed`. */
  problems: ContentProblem[];
  links: BodyLink[];
}

export interface CheckCache {
  /** Identifies the code that checks: findings of other code are never used. */
  readonly version: string;
  /** Findings by fileKey, as loaded. */
  readonly kept: ReadonlyMap<string, FileFindings>;
  /** This run's findings by fileKey: what saveCheckCache keeps. */
  readonly current: Map<string, FileFindings>;
  /** Files checked afresh in this run. */
  misses: number;
}

const FORMAT = 1;

interface Stored {
  format: number;
  version: string;
  entries: Map<string, FileFindings>;
}

function fileKey(version: string, listed: ListedFile): string {
  return createHash('sha256').update(`${version}\0${listed.kind}\0${listed.file}\0${listed.rel}\0`).update(listed.bytes).digest('base64url');
}

/** Where a build keeps the cache, in Astro's cache folder (so it goes when that is cleared). */
export const checkCacheFile = (astroCacheDir: string) => path.join(astroCacheDir, 'content-checks.bin');

/** The cache kept at `file`; an empty one when there is none, or it is unreadable or of other code. */
export function loadCheckCache(file: string, version: string): CheckCache {
  let kept = new Map<string, FileFindings>();
  try {
    const stored = deserialize(readFileSync(file)) as Partial<Stored>;
    if (stored.format === FORMAT && stored.version === version && stored.entries instanceof Map) kept = stored.entries;
  } catch {
    // none yet, or unreadable: start empty
  }
  return { version, kept, current: new Map(), misses: 0 };
}

/** A file's findings from the cache, or from `check` (and then kept for the next run). */
export function cachedFindings(cache: CheckCache | undefined, listed: ListedFile, check: () => FileFindings): FileFindings {
  if (!cache) return check();
  const key = fileKey(cache.version, listed);
  let findings = cache.kept.get(key);
  if (!findings) {
    findings = check();
    cache.misses++;
  }
  cache.current.set(key, findings);
  return findings;
}

/** Keeps this run's findings (and only those: a deleted file's go) when any changed. */
export function saveCheckCache(file: string, cache: CheckCache): void {
  const unchanged = cache.misses === 0 && cache.current.size === cache.kept.size;
  if (unchanged) return;
  mkdirSync(path.dirname(file), { recursive: true });
  const stored: Stored = { format: FORMAT, version: cache.version, entries: cache.current };
  // Written aside and renamed: a build stopped half-way leaves the old file or the new, never half of one.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, serialize(stored));
  renameSync(temporary, file);
}
