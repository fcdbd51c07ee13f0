/**
 * Renders cards into the cache folder on worker threads, one per core, before Astro's card
 * endpoints ask for them: the build's own thread is busy with pages, and satori lays out
 * on whichever thread calls it. Cards already in the cache are only checked.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardModel } from './model.ts';
import type { CardTask, CardTaskResult } from './worker.ts';

export interface PoolReport {
  rendered: number;
  reused: number;
  /** Each model's cache key, in the order given (undefined for a card that failed). */
  keys: (string | undefined)[];
  /** `kind/slug: message` for each card that failed; its endpoint will render it (and fail) itself. */
  failed: string[];
}

export async function renderCardsInWorkers(
  models: readonly CardModel[],
  options: { dir: string; threads?: number },
): Promise<PoolReport> {
  if (models.length === 0) return { rendered: 0, reused: 0, keys: [], failed: [] };
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), models.length));
  const report: PoolReport = { rendered: 0, reused: 0, keys: new Array(models.length), failed: [] };
  let next = 0;
  const work = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= models.length) {
          resolve();
          return;
        }
        const id = next++;
        worker.postMessage({ id, model: models[id]!, dir: options.dir } satisfies CardTask);
      };
      worker.on('message', (result: CardTaskResult) => {
        if ('error' in result) report.failed.push(`${models[result.id]!.kind}/${models[result.id]!.slug}: ${result.error}`);
        else {
          report[result.status]++;
          report.keys[result.id] = result.key;
        }
        send();
      });
      worker.on('error', reject);
      send();
    });
  // sharp's native libraries must be loaded by the main thread before any worker loads them:
  // on glibc a worker that exits would otherwise unload them under the others (lovell/sharp#2263).
  await import('sharp');
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./worker.ts', import.meta.url)));
  try {
    await Promise.all(workers.map(work));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return report;
}
