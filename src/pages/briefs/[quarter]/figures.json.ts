/** /briefs/<quarter>/figures.json: the same rows as figures.csv, as JSON. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, getPageKeys } from '../../../data/catalog.ts';
import type { CatalogQuarter } from '../../../lib/catalog/index.ts';
import { figureRows, figuresJson } from '../../../lib/figures-export.ts';
import { siteConfig } from '../../../site.ts';

export const getStaticPaths = (async () => {
  const [catalog, keys] = await Promise.all([getCatalog(), getPageKeys()]);
  return catalog.quarters.map((quarter) => ({ params: { quarter: quarter.slug }, props: { quarter }, cacheKey: keys.quarter(quarter) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ quarter: CatalogQuarter }> = ({ props }) =>
  new Response(figuresJson(props.quarter, figureRows(props.quarter, siteConfig)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
