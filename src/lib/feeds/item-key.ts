/** A feed item's identity, the same in every feed and every build. */
import type { Catalog } from '../catalog/index.ts';
import type { FeedEntry } from './feeds.ts';

/** `note:<slug>`, `brief:<quarter>`. */
export function feedItemKey(entry: FeedEntry): string {
  return entry.kind === 'note' ? `note:${entry.note.slug}` : `brief:${entry.quarter.slug}`;
}

/** Every item a feed of the catalog could carry: each note, each published brief. */
export function feedItemKeys(catalog: Catalog): string[] {
  return [
    ...catalog.notes.map((note) => feedItemKey({ kind: 'note', note })),
    ...catalog.quarters.filter((quarter) => quarter.brief !== null).map((quarter) => feedItemKey({ kind: 'brief', quarter })),
  ];
}
