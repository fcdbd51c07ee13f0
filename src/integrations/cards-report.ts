/**
 * Reports what the card endpoints did in a build ("cards: 3 rendered, 61 reused"). The card
 * endpoints run inside Astro's build bundle, so they tell this integration what they did
 * through a usage log (src/lib/cards/usage.ts) rather than through shared module state.
 * Under `npm run build` only the site card has an endpoint: the build script draws and places
 * the page cards itself and prunes the cache, keeping the entries the endpoints report here
 * (scripts/build.ts).
 */
import type { AstroIntegration } from 'astro';
import { addToReport } from '../lib/build/report.ts';
import { endUsageLog, readUsage, startUsageLog } from '../lib/cards/usage.ts';

export function cardsReport(): AstroIntegration {
  let log: string | undefined;
  return {
    name: 'quarterdeck:cards-report',
    hooks: {
      'astro:build:start': () => {
        log = startUsageLog();
      },
      'astro:build:done': ({ logger }) => {
        if (!log) return;
        const { rendered, reused, used } = readUsage(log);
        logger.info(`card endpoints: ${rendered} rendered, ${reused} read from the card cache`);
        addToReport({ endpointCards: { rendered, reused, keys: [...used.values()].flatMap((keys) => [...keys]) } });
        endUsageLog(log);
        log = undefined;
      },
    },
  };
}
