/**
 * A card renderer thread (see pool.ts): takes card models, writes each missing card into
 * the cache folder (cache.ts), answers with what it did. Satori's layout is JavaScript on
 * one thread, so rendering many cards at once needs several threads.
 */
import { parentPort } from 'node:worker_threads';
import { cachedCard } from './cache.ts';
import type { CardModel } from './model.ts';

export interface CardTask {
  id: number;
  model: CardModel;
  dir: string;
}

export type CardTaskResult = { id: number; key: string; status: 'rendered' | 'reused' } | { id: number; error: string };

parentPort?.on('message', async (task: CardTask) => {
  try {
    const { key, status } = await cachedCard(task.model, { dir: task.dir });
    parentPort!.postMessage({ id: task.id, key, status } satisfies CardTaskResult);
  } catch (error) {
    parentPort!.postMessage({ id: task.id, error: error instanceof Error ? error.message : String(error) } satisfies CardTaskResult);
  }
});
