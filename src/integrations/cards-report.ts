/**
 * Reports the card cache after a build ("cards: 3 rendered, 61 reused, 2 pruned") and
 * prunes cache entries the build did not use. The card endpoints run inside Astro's
 * build bundle, so they tell this integration what they did through a usage log
 * (src/lib/cards/usage.ts) rather than through shared module state.
 */
import type { AstroIntegration } from 'astro';
import { addToReport } from '../lib/build/report.ts';
import { pruneCards } from '../lib/cards/cache.ts';
import { siteConfig } from '../site.ts';
import { endUsageLog, readUsage, startUsageLog } from '../lib/cards/usage.ts';

export function cardsReport(): AstroIntegration {
  let log: string | undefined;
  let started = 0;
  return {
    name: 'quarterdeck:cards-report',
    hooks: {
      'astro:build:start': () => {
        started = Date.now();
        log = startUsageLog();
      },
      'astro:build:done': ({ logger }) => {
        if (!log) return;
        const usage = readUsage(log);
        const dirs = new Set([siteConfig.cardCacheDir, ...usage.used.keys()]);
        let pruned = 0;
        for (const dir of dirs) pruned += pruneCards(dir, usage.used.get(dir) ?? new Set(), started);
        // Listed cards that were neither rendered nor read were copied by Astro's incremental build.
        const copied = Math.max(0, usage.listed - usage.rendered - usage.reused);
        logger.info(`cards: ${usage.rendered} rendered, ${usage.reused} reused${copied ? `, ${copied} copied from the last build` : ''}, ${pruned} pruned`);
        addToReport({ cards: { rendered: usage.rendered, reused: usage.reused, copied, pruned, failed: 0 } });
        endUsageLog(log);
        log = undefined;
      },
    },
  };
}
