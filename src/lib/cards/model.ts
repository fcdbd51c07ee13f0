/**
 * What each card shows, as plain data built from catalog objects. A card model is all a
 * card depends on (with the template and fonts), so its JSON is part of the cache key.
 * Figures are formatted here, by the same function as the pages.
 */
import type { Catalog, CatalogEntity, CatalogNote, CatalogQuarter, CatalogTopic } from '../catalog.ts';
import { formatDate } from '../dates.ts';
import { formatFigure, headlineFigures } from '../figures.ts';
import type { CardKind } from '../paths.ts';
import { site } from '../../site.ts';

export interface CardFigure {
  /** `$60–65 bn`, by formatFigure. */
  value: string;
  label: string;
  entity?: string;
}

export interface BriefCard {
  kind: 'brief';
  slug: string;
  /** `2025-Q1` */
  quarter: string;
  title: string;
  published: boolean;
  /** At most three, from headlineFigures. */
  figures: CardFigure[];
}

export interface NoteCard {
  kind: 'note';
  slug: string;
  title: string;
  publisher: string;
  /** `29 January 2025`, by formatDate. */
  date: string;
  /** Topic titles. */
  topics: string[];
}

export interface TopicCard {
  kind: 'topic';
  slug: string;
  title: string;
  noteCount: number;
}

export interface EntityCard {
  kind: 'entity';
  slug: string;
  name: string;
  noteCount: number;
}

export interface SiteCard {
  kind: 'site';
  slug: 'site';
  name: string;
  tagline: string;
}

export type CardModel = BriefCard | NoteCard | TopicCard | EntityCard | SiteCard;

/** The title a quarter's pages use before its brief is published. */
export function unpublishedBriefTitle(quarter: CatalogQuarter): string {
  return `Notes from ${quarter.label}`;
}

export function briefCard(quarter: CatalogQuarter): BriefCard {
  return {
    kind: 'brief',
    slug: quarter.slug,
    quarter: quarter.label,
    title: quarter.brief ? quarter.brief.title : unpublishedBriefTitle(quarter),
    published: quarter.brief !== null,
    figures: cardFigures(quarter),
  };
}

/**
 * Up to three headline figures, in headlineFigures' order, formatted by formatFigure.
 * Two notes often report one fact under different labels (`Market-value loss in one
 * day`, `Market-value change in one day`); a card has room for three, so a figure whose
 * entity and formatted value repeat one already shown is skipped.
 */
function cardFigures(quarter: CatalogQuarter): CardFigure[] {
  const shown = new Set<string>();
  const figures: CardFigure[] = [];
  for (const figure of headlineFigures(quarter.figures, quarter.figures.length)) {
    const value = formatFigure(figure);
    const fact = `${figure.entity ?? ''}\u0000${value}`.toLowerCase();
    if (shown.has(fact)) continue;
    shown.add(fact);
    figures.push({ value, label: figure.label, ...(figure.entity ? { entity: figure.entity } : {}) });
    if (figures.length === 3) break;
  }
  return figures;
}

export function noteCard(note: CatalogNote, catalog: Pick<Catalog, 'topic'>): NoteCard {
  return {
    kind: 'note',
    slug: note.slug,
    title: note.title,
    publisher: note.source.publisher,
    date: formatDate(note.date),
    topics: note.topics.map((slug) => catalog.topic(slug)?.title ?? slug),
  };
}

export function topicCard(topic: CatalogTopic): TopicCard {
  return { kind: 'topic', slug: topic.slug, title: topic.title, noteCount: topic.notes.length };
}

export function entityCard(entity: CatalogEntity): EntityCard {
  return { kind: 'entity', slug: entity.slug, name: entity.name, noteCount: entity.notes.length };
}

export function siteCard(): SiteCard {
  return { kind: 'site', slug: 'site', name: site.name, tagline: site.tagline };
}

/** Every page card of a catalog (the site card aside): what the card route builds. */
export function catalogCards(catalog: Catalog): (BriefCard | NoteCard | TopicCard | EntityCard)[] {
  return [
    ...catalog.quarters.map(briefCard),
    ...catalog.notes.map((note) => noteCard(note, catalog)),
    ...catalog.topics.map(topicCard),
    ...catalog.entities.map(entityCard),
  ];
}

/** A card's alt text: what it says, in one line. */
export function cardAlt(model: CardModel): string {
  const notes = (n: number) => `${n} ${n === 1 ? 'note' : 'notes'}`;
  switch (model.kind) {
    case 'brief': {
      const figures = model.figures.map((f) => `${f.entity ? `${f.entity} ` : ''}${f.label}: ${f.value}`).join('; ');
      return `${model.quarter} brief: ${model.title}${figures ? ` (${figures})` : ''}`;
    }
    case 'note':
      return `${model.title} (${model.publisher}, ${model.date})`;
    case 'topic':
      return `Topic: ${model.title}, ${notes(model.noteCount)}`;
    case 'entity':
      return `${model.name}: ${notes(model.noteCount)}`;
    case 'site':
      return `${model.name}: ${model.tagline}`;
  }
}

export type { CardKind };
