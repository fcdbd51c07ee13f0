/**
 * Times each route Astro renders in a build that writes a report (QD_BUILD_REPORT, see
 * src/lib/build/report.ts), so the report can say how long pages, feeds and email editions
 * took. Static builds render each route to a string before `next()` returns, so the time
 * around it is the route's whole rendering. Routes copied from Astro's cache never get here.
 */
import { defineMiddleware } from 'astro:middleware';
import { recordRouteTime } from './lib/build/report.ts';
import { routePhase } from './lib/build/route-phase.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  if (import.meta.env.DEV) return next();
  const started = performance.now();
  const response = await next();
  recordRouteTime(routePhase(context.routePattern), performance.now() - started);
  return response;
});
