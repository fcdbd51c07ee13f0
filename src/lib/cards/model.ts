/**
 * What each card shows, as plain data built from catalog objects. A card model is all a
 * card depends on (with the template and fonts), so its JSON is part of the cache key: the
 * site's name and colours are in it too, so a new site.yaml renders new cards.
 * Figures are formatted here, by the same function as the pages.
 */
import type { Catalog, CatalogEntity, CatalogNote, CatalogQuarter, CatalogTopic, TrendPoint } from '../catalog/index.ts';
import { selectNumbers } from '../catalog/index.ts';
import { formatDate } from '../dates.ts';
import { formatFigure } from '../figures.ts';
import { paths, type CardKind } from '../paths.ts';
import { count } from '../text.ts';

/** The site's identity on every card. */
export interface CardSite {
  name: string;
  tagline: string;
  colors: { accent: string; ink: string; paper: string };
}

export interface CardFigure {
  /** `$60–65 bn`, by formatFigure. */
  value: string;
  label: string;
  entity?: string;
}

/** Notes per quarter, for the small bar row of topic and entity cards. */
export interface CardTrend {
  /** Oldest first. */
  counts: number[];
  first: string;
  last: string;
}

interface CardBase {
  site: CardSite;
  slug: string;
}

export interface BriefCard extends CardBase {
  kind: 'brief';
  /** `2025-Q1` */
  quarter: string;
  title: string;
  published: boolean;
  /** At most three: the first of the quarter's "By the numbers". */
  figures: CardFigure[];
}

export interface NoteCard extends CardBase {
  kind: 'note';
  title: string;
  publisher: string;
  /** `29 January 2025`, by formatDate. */
  date: string;
  /** Topic titles. */
  topics: string[];
  /** The note's headline figure, chosen by the same ranking as a brief's numbers. */
  figure?: CardFigure;
}

export interface TopicCard extends CardBase {
  kind: 'topic';
  title: string;
  description: string;
  noteCount: number;
  trend: CardTrend;
}

export interface EntityCard extends CardBase {
  kind: 'entity';
  name: string;
  description?: string;
  noteCount: number;
  trend: CardTrend;
}

export interface SiteCard extends CardBase {
  kind: 'site';
  slug: 'site';
}

export type CardModel = BriefCard | NoteCard | TopicCard | EntityCard | SiteCard;

/** How many quarters a card's trend row shows (the latest). */
export const CARD_TREND_QUARTERS = 8;

/** Only what a card shows of the settings: the rest (folders, URLs) must not change its key. */
function identity(site: CardSite): CardSite {
  return { name: site.name, tagline: site.tagline, colors: { accent: site.colors.accent, ink: site.colors.ink, paper: site.colors.paper } };
}

function cardFigure(figure: { value: number; upto?: number; unit: string; label: string; entityRef: { name: string } | null }): CardFigure {
  return { value: formatFigure(figure), label: figure.label, ...(figure.entityRef ? { entity: figure.entityRef.name } : {}) };
}

function cardTrend(trend: readonly TrendPoint[]): CardTrend {
  const shown = trend.slice(-CARD_TREND_QUARTERS);
  return { counts: shown.map((point) => point.count), first: shown[0]?.label ?? '', last: shown.at(-1)?.label ?? '' };
}

export function briefCard(quarter: CatalogQuarter, site: CardSite): BriefCard {
  return {
    kind: 'brief',
    site: identity(site),
    slug: quarter.slug,
    quarter: quarter.label,
    title: quarter.title,
    published: quarter.brief !== null,
    figures: quarter.numbers.slice(0, 3).map((row) => cardFigure(row.figure)),
  };
}

export function noteCard(note: CatalogNote, catalog: Pick<Catalog, 'topic'>, site: CardSite): NoteCard {
  const [headline] = selectNumbers(note.figures.map((figure) => ({ ...figure, note })), note.quarter, 1);
  return {
    kind: 'note',
    site: identity(site),
    slug: note.slug,
    title: note.title,
    publisher: note.source.publisher,
    date: formatDate(note.date),
    topics: note.topics.map((slug) => catalog.topic(slug)?.title ?? slug),
    ...(headline ? { figure: cardFigure(headline.figure) } : {}),
  };
}

export function topicCard(topic: CatalogTopic, site: CardSite): TopicCard {
  return {
    kind: 'topic',
    site: identity(site),
    slug: topic.slug,
    title: topic.title,
    description: topic.description,
    noteCount: topic.notes.length,
    trend: cardTrend(topic.trend),
  };
}

export function entityCard(entity: CatalogEntity, site: CardSite): EntityCard {
  return {
    kind: 'entity',
    site: identity(site),
    slug: entity.slug,
    name: entity.name,
    ...(entity.description ? { description: entity.description } : {}),
    noteCount: entity.notes.length,
    trend: cardTrend(entity.trend),
  };
}

export function siteCard(site: CardSite): SiteCard {
  return { kind: 'site', site: identity(site), slug: 'site' };
}

/** Every page card of a catalog (the site card aside): what the card route builds. */
export function catalogCards(catalog: Catalog, site: CardSite): (BriefCard | NoteCard | TopicCard | EntityCard)[] {
  return [
    ...catalog.quarters.map((quarter) => briefCard(quarter, site)),
    ...catalog.notes.map((note) => noteCard(note, catalog, site)),
    ...catalog.topics.map((topic) => topicCard(topic, site)),
    ...catalog.entities.map((entity) => entityCard(entity, site)),
  ];
}

function trendAlt(trend: CardTrend): string {
  if (trend.counts.length < 2) return '';
  return `; notes per quarter ${trend.first} to ${trend.last}: ${trend.counts.join(', ')}`;
}

/** A card's alt text: what it says, in one line. Every page's og:image:alt comes from here. */
export function cardAlt(model: CardModel): string {
  switch (model.kind) {
    case 'brief': {
      const figures = model.figures.map((f) => `${f.entity ? `${f.entity} ` : ''}${f.label}: ${f.value}`).join('; ');
      const status = model.published ? 'brief' : 'notes, brief not yet published';
      return `${model.quarter} ${status}: ${model.title}${figures ? ` (${figures})` : ''}`;
    }
    case 'note': {
      const figure = model.figure ? `; ${model.figure.entity ? `${model.figure.entity} ` : ''}${model.figure.label}: ${model.figure.value}` : '';
      return `${model.title} (${model.publisher}, ${model.date}${figure})`;
    }
    case 'topic':
      return `Topic: ${model.title}, ${count(model.noteCount, 'note')}${trendAlt(model.trend)}`;
    case 'entity':
      return `${model.name}: ${count(model.noteCount, 'note')}${trendAlt(model.trend)}`;
    case 'site':
      return `${model.site.name}: ${model.site.tagline}`;
  }
}

/** The site path of a card's PNG: one place for every page's og:image. */
export function cardPath(model: CardModel): string {
  return model.kind === 'site' ? paths.siteCard() : paths.card(model.kind, model.slug);
}

export type { CardKind };
