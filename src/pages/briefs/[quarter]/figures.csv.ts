/** /briefs/<quarter>/figures.csv: every figure of the quarter, one row each (published or not). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, getPageKeys } from '../../../data/catalog.ts';
import type { CatalogQuarter } from '../../../lib/catalog/index.ts';
import { figureRows, figuresCsv } from '../../../lib/figures-export.ts';
import { siteConfig } from '../../../site.ts';

export const getStaticPaths = (async () => {
  const [catalog, keys] = await Promise.all([getCatalog(), getPageKeys()]);
  return catalog.quarters.map((quarter) => ({ params: { quarter: quarter.slug }, props: { quarter }, cacheKey: keys.quarter(quarter) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ quarter: CatalogQuarter }> = ({ props }) =>
  new Response(figuresCsv(figureRows(props.quarter, siteConfig)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
