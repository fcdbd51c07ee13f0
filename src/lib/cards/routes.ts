/** What the card endpoints need, so that they stay thin. */
import type { Catalog } from '../catalog/index.ts';
import { digestOf } from '../digest.ts';
import { catalogCards, type BriefCard, type CardSite, type EntityCard, type NoteCard, type TopicCard } from './model.ts';

export type PageCard = BriefCard | NoteCard | TopicCard | EntityCard;

export interface CardPath {
  params: { kind: PageCard['kind']; slug: string };
  props: { model: PageCard };
  /**
   * What the card shows, fingerprinted. The template, fonts and renderer need not be in it:
   * Astro's incremental build re-renders when the endpoint's code or the lockfile changes.
   */
  cacheKey: string;
}

/** getStaticPaths entries for `og/[kind]/[slug].png`: every quarter, note, topic, entity. */
export function cardPaths(catalog: Catalog, site: CardSite): CardPath[] {
  return catalogCards(catalog, site).map((model) => ({
    params: { kind: model.kind, slug: model.slug },
    props: { model },
    cacheKey: digestOf(model),
  }));
}

export function pngResponse(png: Uint8Array): Response {
  return new Response(png as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': 'image/png', 'Content-Length': String(png.byteLength) },
  });
}
