/**
 * Cards cached on disk as `<key>.png` (see key.ts): a build whose content did not change
 * renders none. Writes go through a temporary file and a rename, so a reader never sees
 * half a PNG; a reused card's mtime is touched, so pruning after a build (which only
 * removes entries this build did not use and that are older than its start) never
 * removes what a concurrent build is using.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { digestOf } from '../digest.ts';
import { cardKey } from './key.ts';
import type { CardModel } from './model.ts';
import { prepareCard, type PreparedCard } from './prepare.ts';
import { renderPrepared } from './render.ts';
import { recordUsage, type CardStatus } from './usage.ts';

/** A card prepared for satori and keyed by what it shows: made once per card and build. */
export interface KeyedCard {
  card: PreparedCard;
  key: string;
}

export function keyCard(model: CardModel): KeyedCard {
  const card = prepareCard(model);
  return { card, key: cardKey(card) };
}

export interface CardResult {
  png: Uint8Array;
  key: string;
  status: CardStatus;
}

const ENTRY = /^[0-9a-f]{64}\.png$/;
const TEMP = /^[0-9a-f]{64}\.png\.tmp-/;

/** Renders in flight in this process, so one card is never rendered twice at once. */
const inflight = new Map<string, Promise<Uint8Array>>();
const warned = new Set<string>();

function readEntry(file: string): Uint8Array | null {
  try {
    const png = readFileSync(file);
    const now = new Date();
    utimesSync(file, now, now);
    return new Uint8Array(png);
  } catch {
    return null;
  }
}

/** Names the file that says the worker pre-pass has ended (see src/lib/build/card-prepass.ts). */
export const PREPASS_DONE_ENV = 'QD_CARD_PREPASS_DONE';

export interface CardCacheOptions {
  /** The cache folder (the site's cardCacheDir). */
  dir: string;
  /**
   * A file that appears when worker threads (pool.ts) have finished filling the cache for
   * this build, holding their index (model digest → key: card-prepass.ts). Until then a card
   * is awaited rather than rendered a second time; then it is found by its model's digest,
   * without being prepared and hashed again.
   */
  prepassDone?: string;
}

/**
 * The pre-pass's index (model digest → cache key), once it has ended: what its done file
 * holds. Empty when it failed, so every card falls back to the cache by key, then to drawing.
 */
const prepassIndexes = new Map<string, Promise<Map<string, string>>>();

function prepassIndex(done: string): Promise<Map<string, string>> {
  let index = prepassIndexes.get(done);
  if (!index) {
    index = (async () => {
      while (!existsSync(done)) await sleep(20);
      const text = readFileSync(done, 'utf8');
      return new Map(text ? Object.entries(JSON.parse(text) as Record<string, string>) : []);
    })();
    prepassIndexes.set(done, index);
  }
  return index;
}

/** The card the pre-pass left for this model, found without preparing it; null when it left none. */
async function prepassCard(model: CardModel, options: CardCacheOptions & { prepassDone: string }): Promise<CardResult | null> {
  const key = (await prepassIndex(options.prepassDone)).get(digestOf(model));
  const png = key ? readEntry(path.join(options.dir, `${key}.png`)) : null;
  if (!key || !png) return null;
  recordUsage({ dir: options.dir, key, status: 'reused', kind: model.kind, slug: model.slug });
  return { png, key, status: 'reused' };
}

async function loadOrRender(card: PreparedCard, key: string, options: CardCacheOptions): Promise<CardResult> {
  const { dir } = options;
  const { model } = card;
  const file = path.join(dir, `${key}.png`);
  if (card.dropped.length && !warned.has(key)) {
    warned.add(key);
    const chars = card.dropped.map((cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
    console.warn(`cards: ${model.kind}/${model.slug}: no font draws ${chars}; left out of the card`);
  }

  let status: CardStatus = 'reused';
  let png = readEntry(file);
  if (!png) {
    status = 'rendered';
    let pending = inflight.get(file);
    if (!pending) {
      pending = renderPrepared(card).then((rendered) => {
        mkdirSync(dir, { recursive: true });
        const temp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
        writeFileSync(temp, rendered);
        renameSync(temp, file);
        return rendered;
      });
      inflight.set(file, pending);
      pending.finally(() => inflight.delete(file)).catch(() => {});
    }
    png = await pending;
  }
  recordUsage({ dir, key, status, kind: model.kind, slug: model.slug });
  return { png, key, status };
}

/** Cards started by prefetchCards and not yet handed out, by cache file. */
const prefetched = new Map<string, Promise<CardResult>>();

/**
 * The card's PNG from the cache `dir` (the site's cardCacheDir), or rendered and stored.
 * Takes a model (found through the pre-pass's index when there is one), or a card keyed
 * already (keyCard), so that nothing is prepared twice.
 */
export async function cachedCard(card: CardModel | KeyedCard, options: CardCacheOptions): Promise<CardResult> {
  const { dir, prepassDone } = options;
  if (prepassDone && !('key' in card)) {
    const found = await prepassCard(card, { ...options, prepassDone });
    if (found) return found;
  }
  const { card: prepared, key } = 'key' in card ? card : keyCard(card);
  const file = path.join(dir, `${key}.png`);
  const early = prefetched.get(file);
  if (early) {
    prefetched.delete(file);
    return early;
  }
  return loadOrRender(prepared, key, options);
}

/**
 * Starts loading or rendering many cards, `concurrency` at a time, for cachedCard to
 * hand out later. Satori lays out on the main thread while resvg rasterises the cards
 * before on libuv's thread pool, so a few cards in flight keep both cores busy
 * (scripts/bench/cards.ts: about 30% less wall time per card on 2 cores).
 */
export function prefetchCards(cards: readonly KeyedCard[], options: CardCacheOptions & { concurrency?: number }): void {
  const { dir } = options;
  const queue: (() => Promise<void>)[] = [];
  for (const { card, key } of cards) {
    const file = path.join(dir, `${key}.png`);
    if (prefetched.has(file)) continue;
    let resolve!: (result: CardResult) => void;
    let reject!: (error: unknown) => void;
    const result = new Promise<CardResult>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // A card nobody asks for must not crash the build with an unhandled rejection.
    result.catch(() => {});
    prefetched.set(file, result);
    queue.push(() => loadOrRender(card, key, options).then(resolve, reject));
  }
  const runners = Math.max(1, options.concurrency ?? 4);
  const run = async (): Promise<void> => {
    for (let job = queue.shift(); job; job = queue.shift()) await job();
  };
  for (let i = 0; i < runners; i++) void run();
}

/**
 * Removes cache entries not in `keep` that were last used before `before` (ms since the
 * epoch; default: now). Returns how many were removed.
 */
export function pruneCards(dir: string, keep: ReadonlySet<string>, before = Date.now()): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const entry = ENTRY.test(name);
    if (!entry && !TEMP.test(name)) continue;
    if (entry && keep.has(name.slice(0, 64))) continue;
    const file = path.join(dir, name);
    try {
      if (statSync(file).mtimeMs >= before) continue;
      rmSync(file, { force: true });
      if (entry) removed++;
    } catch {
      // Gone already (a concurrent prune).
    }
  }
  return removed;
}
