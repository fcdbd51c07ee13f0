/** What the card endpoints need, so that they stay thin. */
import type { Catalog } from '../catalog/index.ts';
import { keyCard, type KeyedCard } from './cache.ts';
import { catalogCards, type BriefCard, type CardSite, type EntityCard, type NoteCard, type TopicCard } from './model.ts';

export type PageCard = BriefCard | NoteCard | TopicCard | EntityCard;

export interface CardPath {
  params: { kind: PageCard['kind']; slug: string };
  props: { card: KeyedCard };
  /** The card's key: what it shows, its template, fonts and renderer (key.ts). */
  cacheKey: string;
}

/**
 * getStaticPaths entries for `og/[kind]/[slug].png`: every quarter, note, topic, entity,
 * each card prepared and keyed once; the key also lets Astro's incremental build copy an
 * unchanged card from the previous build.
 */
export function cardPaths(catalog: Catalog, site: CardSite): CardPath[] {
  return catalogCards(catalog, site).map((model) => {
    const keyed = keyCard(model);
    return { params: { kind: model.kind, slug: model.slug }, props: { card: keyed }, cacheKey: keyed.key };
  });
}

export function pngResponse(png: Uint8Array): Response {
  return new Response(png as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': 'image/png', 'Content-Length': String(png.byteLength) },
  });
}
