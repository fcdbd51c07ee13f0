/** What the card endpoints need, so that they stay thin. */
import type { Catalog } from '../catalog/index.ts';
import { catalogCards, type BriefCard, type CardSite, type EntityCard, type NoteCard, type TopicCard } from './model.ts';

export type PageCard = BriefCard | NoteCard | TopicCard | EntityCard;

/** getStaticPaths entries for `og/[kind]/[slug].png`: every quarter, note, topic, entity. */
export function cardPaths(catalog: Catalog, site: CardSite): { params: { kind: PageCard['kind']; slug: string }; props: { model: PageCard } }[] {
  return catalogCards(catalog, site).map((model) => ({ params: { kind: model.kind, slug: model.slug }, props: { model } }));
}

export function pngResponse(png: Uint8Array): Response {
  return new Response(png as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': 'image/png', 'Content-Length': String(png.byteLength) },
  });
}
