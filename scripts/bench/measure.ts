/**
 * Runs one command and measures it: wall time, CPU time, peak RSS, exit status.
 *
 * Peak RSS comes from GNU time (`/usr/bin/time -f %M`), which reports the `ru_maxrss` of
 * the process it waited for. On Linux that rusage covers the process *and* every
 * descendant it reaped (RUSAGE_BOTH): the figure is the largest peak of any *single*
 * process in the tree, not the sum of processes alive at once. For `node scripts/build.ts`
 * that is the larger of build.ts (checks, catalog, card workers: threads count in their
 * process) and its `astro build` child, while both hold memory at the same time. (Checked:
 * a 300 MB parent with a 200 MB child reports 354 MB, not 554.) So the tree is also sampled every 100 ms through
 * /proc (the sum of VmRSS over the process and its descendants): that sampled peak is
 * the machine's real high-water mark, give or take what happens between two samples.
 *
 * CPU time is GNU time's %U + %S, from the same rusage: user and system time of the process
 * and of every descendant it reaped, threads included (Astro's child, the card workers,
 * Pagefind, libuv's and libvips' pools). CPU over wall time says how many cores were busy.
 *
 * Output is kept only to show on failure; no figure is ever read from it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const GNU_TIME = '/usr/bin/time';

export interface Measured {
  wallMs: number;
  /** GNU time's %M: the largest single process of the tree, in KiB; null without GNU time. */
  maxRssKiB: number | null;
  /** GNU time's %U + %S: CPU time of the whole tree, ms; null without GNU time. */
  cpuMs: number | null;
  /** The sum of RSS over the tree, sampled every 100 ms, in KiB; null without /proc. */
  treePeakKiB: number | null;
  status: number;
  /** The last 64 KiB of stdout and stderr, for a failure message. */
  outputTail: string;
}

export function gnuTimeAvailable(): boolean {
  try {
    fs.accessSync(GNU_TIME, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export const GNU_TIME_MISSING = `${GNU_TIME} (GNU time) is missing: no peak RSS or CPU time from it. Install it with \`apt-get install -y time\`.`;

/** What GNU time wrote for `-f '%M %U %S'`: its last line (a failed command's status line comes above it). */
export const GNU_TIME_FORMAT = '%M %U %S';

export function parseGnuTime(text: string): { maxRssKiB: number | null; cpuMs: number | null } {
  const fields = text.trim().split('\n').at(-1)!.trim().split(/\s+/).map(Number);
  const [rss, user, system] = fields;
  const known = (value: number | undefined): value is number => value !== undefined && Number.isFinite(value);
  return {
    maxRssKiB: fields.length === 3 && known(rss) ? rss : null,
    cpuMs: fields.length === 3 && known(user) && known(system) ? Math.round((user + system) * 1000) : null,
  };
}

/** pid → parent pid of every process visible in /proc; null when there is no /proc. */
function parentMap(): Map<number, number> | null {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return null;
  }
  const parents = new Map<number, number>();
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // `pid (comm) state ppid …`: comm may hold spaces and parentheses, so read after the last `)`.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // Gone between readdir and read.
    }
  }
  return parents;
}

function rssKiB(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Sum of RSS over `root` and its descendants, KiB; null when /proc cannot be read. */
export function treeRssKiB(root: number): number | null {
  const parents = parentMap();
  if (!parents) return null;
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const stack = [root];
  for (let pid = stack.pop(); pid !== undefined; pid = stack.pop()) {
    total += rssKiB(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Sampling period for the tree's RSS, ms. */
  sampleMs?: number;
}

export async function measure(command: string, args: readonly string[], options: RunOptions = {}): Promise<Measured> {
  const withTime = gnuTimeAvailable();
  const timeFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qd-bench-time-')), 'time');
  const [file, argv] = withTime ? [GNU_TIME, ['-f', GNU_TIME_FORMAT, '-o', timeFile, command, ...args]] : [command, [...args]];

  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-65_536);
  };
  const started = process.hrtime.bigint();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  let treePeak: number | null = null;
  const sample = () => {
    if (child.pid === undefined) return;
    const now = treeRssKiB(child.pid);
    if (now !== null) treePeak = Math.max(treePeak ?? 0, now);
  };
  const timer = setInterval(sample, options.sampleMs ?? 100);

  const status: number = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  clearInterval(timer);

  let timed: ReturnType<typeof parseGnuTime> = { maxRssKiB: null, cpuMs: null };
  if (withTime) {
    try {
      timed = parseGnuTime(fs.readFileSync(timeFile, 'utf8'));
    } catch {
      // GNU time wrote nothing: no figures from it.
    }
  }
  fs.rmSync(path.dirname(timeFile), { recursive: true, force: true });
  return { wallMs, ...timed, treePeakKiB: treePeak, status, outputTail: tail };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The run whose wall time is the median (the lower middle one for an even count). */
export function medianRun<T extends { wallMs: number }>(runs: readonly T[]): T {
  const sorted = [...runs].sort((a, b) => a.wallMs - b.wallMs);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
