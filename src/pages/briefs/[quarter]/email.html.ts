/**
 * The email edition of a published brief, HTML part (SPEC: /briefs/<quarter>/email.html).
 * A quarter without a published brief has no email edition. The text route shares the
 * paths and the model from here.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { getCatalog, getPageKeys } from '../../../data/catalog.ts';
import { renderBody } from '../../../data/feeds.ts';
import { siteConfig } from '../../../data/site.ts';
import type { CatalogQuarter } from '../../../lib/catalog/index.ts';
import { emailModel, renderEmailHtml, type EmailModel } from '../../../lib/email/index.ts';

export const getStaticPaths = (async () => {
  const [catalog, keys] = await Promise.all([getCatalog(), getPageKeys()]);
  return catalog.briefs.map((quarter) => ({ params: { quarter: quarter.slug }, props: { quarter }, cacheKey: keys.quarter(quarter) }));
}) satisfies GetStaticPaths;

export interface Props {
  quarter: CatalogQuarter;
}

export async function emailOf(quarter: CatalogQuarter): Promise<EmailModel> {
  const entry = await getEntry('briefs', quarter.slug);
  return emailModel(quarter, siteConfig, entry ? await renderBody(entry) : '');
}

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(renderEmailHtml(await emailOf(props.quarter)), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
