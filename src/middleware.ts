/**
 * For each route Astro renders in a build (routes reused from Astro's cache never get here):
 *
 * - in a staging folder the build script started with the current site's pages linked in
 *   (src/lib/build/prelinked-staging.ts), the route's linked page is unlinked first, so the
 *   page Astro writes is a new file and the site still being served keeps its own;
 * - the route is timed for the build report (QD_BUILD_REPORT, see src/lib/build/report.ts):
 *   static builds render each route to a string before `next()` returns, so the time around
 *   it is the route's whole rendering.
 */
import { defineMiddleware } from 'astro:middleware';
import { PRELINKED_ENV, outputCandidates, readPrelinked, unlinkBeforeRender } from './lib/build/prelinked-staging.ts';
import { recordRouteTime } from './lib/build/report.ts';
import { routePhase } from './lib/build/route-phase.ts';

let prelinked: { staging: string; linked: Set<string> } | null | undefined;

/** The staging folder's linked pages; null when there are none (a cold build, `astro dev`, a bare `astro build`). */
function prelinkedPages() {
  if (prelinked === undefined) {
    const file = process.env[PRELINKED_ENV];
    const staging = file ? readPrelinked(file) : null;
    prelinked = staging?.linked.length ? { staging: staging.staging, linked: new Set(staging.linked) } : null;
  }
  return prelinked;
}

export const onRequest = defineMiddleware(async (context, next) => {
  if (import.meta.env.DEV) return next();
  const pages = prelinkedPages();
  if (pages) unlinkBeforeRender(pages.staging, pages.linked, outputCandidates(context.url.pathname, import.meta.env.BASE_URL));
  const started = performance.now();
  const response = await next();
  recordRouteTime(routePhase(context.url.pathname), performance.now() - started);
  return response;
});
