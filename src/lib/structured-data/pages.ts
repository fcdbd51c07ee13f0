/**
 * Structured data (schema.org, typed by schema-dts) for each page kind: the home page is a
 * WebSite that search engines can query through /search/?q=, a brief a Report, a note a
 * NewsArticle citing its source, topic and entity pages CollectionPages, a quarter's figures
 * page a Dataset with its CSV and JSON downloads. Built from the
 * catalog and the site settings passed in; URLs come from paths, like every link.
 */
import type {
  CollectionPage,
  CreativeWork,
  Dataset,
  NewsArticle,
  Organization,
  Report,
  SearchAction,
  Thing,
  WebSite,
  WithContext,
} from 'schema-dts';
import type { CatalogEntity, CatalogNote, CatalogQuarter, CatalogTopic } from '../catalog/index.ts';
import { isoDay } from '../dates.ts';
import { paths } from '../paths.ts';
import { quarterRange } from '../quarters.ts';
import { absoluteUrl, isSafeHttpUrl } from '../urls.ts';

/** The settings structured data shows. */
export interface StructuredDataSite {
  name: string;
  description: string;
  language: string;
  author?: string;
  /** The origin (SITE_URL). */
  url: string;
  base: string;
}

/** What every page's data shares: its own URL and its card. */
export interface PageRefs {
  /** Site path of the page (`notes/x/`). */
  path: string;
  /** Site path of the page's card (`og/note/x.png`). */
  card: string;
}

const CONTEXT = 'https://schema.org' as const;

export function structuredData(site: StructuredDataSite) {
  const url = (pathname: string) => absoluteUrl(site.url, site.base, pathname);
  const publisher: Organization = { '@type': 'Organization', name: site.name, url: url(paths.home()) };
  // Notes and briefs are signed by the author in site.yaml, else by the site itself.
  const author: Organization = site.author ? { '@type': 'Organization', name: site.author } : publisher;
  const website: WebSite = { '@type': 'WebSite', name: site.name, url: url(paths.home()) };
  const page = (refs: PageRefs) => ({ url: url(refs.path), image: url(refs.card), inLanguage: site.language });
  const entityThing = (entity: { slug: string; name: string }): Thing => ({
    '@type': 'Thing',
    name: entity.name,
    url: url(paths.entity(entity.slug)),
  });

  return {
    home(refs: PageRefs): WithContext<WebSite> {
      return {
        '@context': CONTEXT,
        ...website,
        description: site.description,
        inLanguage: site.language,
        image: url(refs.card),
        publisher,
        potentialAction: searchAction(url(paths.search())),
      };
    },

    brief(quarter: CatalogQuarter, refs: PageRefs): WithContext<Report> {
      const brief = quarter.brief;
      return {
        '@context': CONTEXT,
        '@type': 'Report',
        headline: quarter.title,
        name: quarter.title,
        ...(brief ? { description: brief.summary, datePublished: isoDay(brief.published) } : {}),
        ...page(refs),
        author,
        publisher,
        isPartOf: website,
        temporalCoverage: coverage(quarter),
      };
    },

    figures(quarter: CatalogQuarter, refs: PageRefs): WithContext<Dataset> {
      return {
        '@context': CONTEXT,
        '@type': 'Dataset',
        name: `Figures of ${quarter.label}`,
        description: `Every figure the notes of ${quarter.label} report, with its entity, period and note.`,
        ...page(refs),
        creator: author,
        publisher,
        isPartOf: { '@type': 'Report', name: quarter.title, url: url(paths.brief(quarter.slug)) },
        temporalCoverage: coverage(quarter),
        distribution: [
          { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: url(paths.briefFiguresCsv(quarter.slug)) },
          { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: url(paths.briefFiguresJson(quarter.slug)) },
        ],
      };
    },

    note(note: CatalogNote, topics: readonly { title: string }[], refs: PageRefs): WithContext<NewsArticle> {
      return {
        '@context': CONTEXT,
        '@type': 'NewsArticle',
        headline: note.title,
        description: note.summary,
        datePublished: isoDay(note.date),
        ...page(refs),
        author,
        publisher,
        isPartOf: website,
        citation: sourceWork(note),
        ...(note.entities.length > 0 ? { about: note.entities.map(entityThing) } : {}),
        ...(topics.length > 0 ? { keywords: topics.map((topic) => topic.title).join(', ') } : {}),
      };
    },

    topic(topic: CatalogTopic, refs: PageRefs): WithContext<CollectionPage> {
      return collection(topic.title, topic.description, { '@type': 'Thing', name: topic.title }, topic.notes, refs);
    },

    entity(entity: CatalogEntity, refs: PageRefs): WithContext<CollectionPage> {
      const about: Thing = { '@type': 'Thing', name: entity.name, ...(entity.aliases.length > 0 ? { alternateName: entity.aliases } : {}) };
      return collection(entity.name, entity.description ?? `Notes that name ${entity.name}.`, about, entity.notes, refs);
    },
  };

  function collection(name: string, description: string, about: Thing, notes: readonly CatalogNote[], refs: PageRefs): WithContext<CollectionPage> {
    return {
      '@context': CONTEXT,
      '@type': 'CollectionPage',
      name,
      description,
      ...page(refs),
      isPartOf: website,
      about,
      mainEntity: {
        '@type': 'ItemList',
        numberOfItems: notes.length,
        itemListElement: notes.map((note, index) => ({ '@type': 'ListItem', position: index + 1, url: url(paths.note(note.slug)) })),
      },
    };
  }
}

/**
 * The site search as search engines read it. `query-input` names the template's variable; it
 * is schema.org's Property-value annotation, which schema-dts does not model, hence the
 * widened type.
 */
function searchAction(searchPage: string): SearchAction & { 'query-input': string } {
  return {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${searchPage}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
}

/** The article a note is about; its URL only when it is http(s), like every link from content. */
function sourceWork(note: CatalogNote): CreativeWork {
  const { source } = note;
  return {
    '@type': 'CreativeWork',
    name: source.title,
    publisher: { '@type': 'Organization', name: source.publisher },
    ...(source.url && isSafeHttpUrl(source.url) ? { url: source.url } : {}),
    ...(source.published ? { datePublished: isoDay(source.published) } : {}),
    ...(source.author ? { author: { '@type': 'Person', name: source.author } } : {}),
  };
}

/** The quarter a brief covers, as an ISO 8601 interval: `2025-01-01/2025-03-31`. */
function coverage(quarter: CatalogQuarter): string {
  const { start, end } = quarterRange(quarter.quarter);
  return `${isoDay(start)}/${isoDay(end)}`;
}
