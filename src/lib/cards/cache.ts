/**
 * Cards cached on disk as `<key>.png` (see key.ts): a build whose content did not change
 * renders none. Writes go through a temporary file and a rename, so a reader never sees
 * half a PNG; a reused card's mtime is touched, so pruning after a build (which only
 * removes entries this build did not use and that are older than its start) never
 * removes what a concurrent build is using.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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

export interface CardCacheOptions {
  /** The cache folder (the site's cardCacheDir). */
  dir: string;
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
 * Takes a model, or a card keyed already (keyCard), so that nothing is prepared twice.
 */
export async function cachedCard(card: CardModel | KeyedCard, options: CardCacheOptions): Promise<CardResult> {
  const { dir } = options;
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
