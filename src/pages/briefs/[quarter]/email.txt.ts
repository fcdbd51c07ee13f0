/** The email edition of a published brief, plain-text part (SPEC: /briefs/<quarter>/email.txt). */
import type { APIRoute } from 'astro';
import { renderEmailText } from '../../../lib/email/index.ts';
import { emailOf, type Props } from './email.html.ts';

export { getStaticPaths } from './email.html.ts';

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(renderEmailText(await emailOf(props.quarter)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
