/**
 * Structured data in the built sites: one JSON-LD block on the home page, briefs, notes, topic
 * and entity pages, parsed as a search engine would (the script's text through JSON.parse),
 * with the properties each type needs; a hostile title (`</script>`, `]]>`, `&`) stays inert.
 */
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { readPage } from '../helpers/html.ts';
import { siteDist, type SiteName } from '../helpers/sites.ts';

const ORIGIN = 'https://briefs.example.org';
const HOSTILE = 'An open model from Яндекс: <b>not bold</b> </script> ]]> & friends';

type JsonLd = Record<string, unknown> & { '@context': string; '@type': string };

function jsonLdOf(dist: string, sitePath: string): JsonLd[] {
  const page = readPage(dist, sitePath);
  return page.all('script[type="application/ld+json"]').map((script) => JSON.parse(toString(script)) as JsonLd);
}

describe.each([
  ['fixture', '/'],
  ['fixtureSubpath', '/qd/'],
] as [SiteName, string][])('JSON-LD of the %s site (base %s)', (site, base) => {
  const dist = siteDist(site);
  const home = `${ORIGIN}${base}`;
  const only = (sitePath: string) => {
    const blocks = jsonLdOf(dist, sitePath);
    expect(blocks, sitePath).toHaveLength(1);
    expect(blocks[0]!['@context']).toBe('https://schema.org');
    return blocks[0]!;
  };

  it('home: a WebSite that search engines can query through the search page', () => {
    const data = only('');
    expect(data).toMatchObject({ '@type': 'WebSite', url: home });
    expect(data.name).toEqual(expect.any(String));
    expect(data.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${home}search/?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    });
  });

  it('a published brief: a Report with its date and the quarter it covers', () => {
    const data = only('briefs/2025-q1/');
    expect(data).toMatchObject({
      '@type': 'Report',
      headline: 'The fixture quarter',
      url: `${home}briefs/2025-q1/`,
      image: `${home}og/brief/2025-q1.png`,
      datePublished: expect.stringMatching(/^2025-\d\d-\d\d$/),
      temporalCoverage: '2025-01-01/2025-03-31',
    });
    // The notes are not listed: at 200 notes a quarter the list would outweigh the page.
    expect(data.hasPart).toBeUndefined();
  });

  it('an unpublished quarter: a Report without a publication date', () => {
    const data = only('briefs/2025-q2/');
    expect(data['@type']).toBe('Report');
    expect(data.datePublished).toBeUndefined();
  });

  it('a note: a NewsArticle citing its source, about its entities, with its date and author', () => {
    const data = only('notes/fixture-open-model/');
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: HOSTILE,
      datePublished: '2025-01-20',
      url: `${home}notes/fixture-open-model/`,
      citation: { '@type': 'CreativeWork', name: 'Open weights arrive', publisher: { '@type': 'Organization', name: 'Sample Times' } },
    });
    expect(data.author).toMatchObject({ name: expect.any(String) });
    expect((data.about as { name: string; url: string }[]).map((thing) => thing.url)).toContain(
      `${home}entities/${encodeURIComponent('яндекс')}/`,
    );
  });

  it('topic and entity pages: CollectionPages listing their notes', () => {
    const topic = only('topics/open-source-models/');
    expect(topic).toMatchObject({ '@type': 'CollectionPage', name: 'Open-source models', url: `${home}topics/open-source-models/` });
    const list = topic.mainEntity as { '@type': string; numberOfItems: number; itemListElement: { position: number; url: string }[] };
    expect(list['@type']).toBe('ItemList');
    expect(list.itemListElement).toHaveLength(list.numberOfItems);
    expect(list.itemListElement[0]!.position).toBe(1);
    const entity = only(`entities/${encodeURIComponent('яндекс')}/`);
    expect(entity).toMatchObject({ '@type': 'CollectionPage', url: `${home}entities/${encodeURIComponent('яндекс')}/` });
  });

  it("a quarter's figures page: a Dataset with its CSV and JSON downloads, part of the brief", () => {
    expect(only('briefs/2025-q1/figures/')).toMatchObject({
      '@type': 'Dataset',
      name: 'Figures of 2025-Q1',
      url: `${home}briefs/2025-q1/figures/`,
      isPartOf: { '@type': 'Report', url: `${home}briefs/2025-q1/` },
      distribution: [
        { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: `${home}briefs/2025-q1/figures.csv` },
        { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: `${home}briefs/2025-q1/figures.json` },
      ],
    });
  });

  it('a hostile title cannot close the script element: the raw HTML holds no markup from it', () => {
    const page = readPage(dist, 'notes/fixture-open-model/');
    const scripts = page.all('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    // Had `</script>` closed the element early, the parser would have cut the JSON in two.
    const text = toString(scripts[0]!);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text).headline).toBe(HOSTILE);
    expect(page.text('h1')).toBe(HOSTILE);
  });
});

describe('JSON-LD of the sample site', () => {
  it('names the author of site.yaml on notes and briefs', () => {
    const dist = siteDist('sample');
    const [note] = jsonLdOf(dist, 'notes/zuckerberg-deepseek-ai-spending/');
    expect(note?.author).toEqual({ '@type': 'Organization', name: 'AI Quarterly editors' });
    const [brief] = jsonLdOf(dist, 'briefs/2025-q1/');
    expect(brief?.author).toEqual({ '@type': 'Organization', name: 'AI Quarterly editors' });
  });
});
