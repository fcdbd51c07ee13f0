/** Components rendered in isolation with Astro's Container API, props in, HTML out. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import BriefTeaser from '../../src/components/BriefTeaser.astro';
import FigureTable from '../../src/components/FigureTable.astro';
import QuoteList from '../../src/components/QuoteList.astro';
import SourceCitation from '../../src/components/SourceCitation.astro';
import SourceTimeline from '../../src/components/SourceTimeline.astro';
import { buildCatalog, } from '../../src/lib/catalog/index.ts';
import { day, noteInput as note } from '../helpers/content.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});


const catalog = buildCatalog({
  notes: [
    note('a', '2025-01-29', {
      figures: [{ label: 'Capex <plan>', entity: 'Meta', value: 60, upto: 65, unit: 'USD bn', period: '2025' }],
      quotes: [{ text: 'Too early to <b>say</b>', by: 'Mark Zuckerberg', role: 'CEO, Meta' }],
    }),
    note('b', '2025-02-10'),
  ],
  topics: [{ slug: 'ai-capex', data: { title: 'AI capex', description: 'Spending.', keywords: [] } }],
  briefs: [],
});
const quarter = catalog.quarter('2025-q1')!;

describe('FigureTable', () => {
  it('formats values, escapes labels and links each figure to its note', async () => {
    const html = await container.renderToString(FigureTable, { props: { figures: quarter.figures, caption: 'Figures' } });
    expect(html).toContain('$60–65 bn');
    // Escaped as text, never markup.
    expect(html).toContain('Capex &#x3C;plan>');
    expect(html).not.toContain('<plan>');
    expect(html).toContain('href="/notes/a/"');
    expect(html).toMatch(/<caption>Figures<\/caption>/);
  });
  it('drops the note column on a note’s own page', async () => {
    const html = await container.renderToString(FigureTable, { props: { figures: quarter.figures, caption: 'F', showNote: false } });
    expect(html).not.toContain('href="/notes/a/"');
  });
});

describe('QuoteList', () => {
  it('attributes and escapes quotes', async () => {
    const html = await container.renderToString(QuoteList, { props: { quotes: quarter.quotes } });
    expect(html).toContain('Too early to &#x3C;b>say&#x3C;/b>');
    expect(html).not.toContain('<b>say');
    expect(html).toMatch(/Mark Zuckerberg<\/span>, CEO, Meta/);
  });
});

describe('SourceTimeline', () => {
  it('lists notes oldest first, numbered, with machine-readable dates and their sources', async () => {
    const html = await container.renderToString(SourceTimeline, { props: { sources: quarter.sources } });
    expect(html.indexOf('datetime="2025-01-29"')).toBeLessThan(html.indexOf('datetime="2025-02-10"'));
    expect(html).toContain('29 Jan');
    const positions = quarter.sources.map(({ number }) => html.indexOf(`id="source-${number}"`));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const { note } of quarter.sources) expect(html).toContain(note.source.publisher);
  });
});

describe('SourceCitation', () => {
  it('links only when there is a URL, with rel noopener', async () => {
    const linked = await container.renderToString(SourceCitation, {
      props: { source: { title: 'T', publisher: 'P', url: 'https://example.com/a', published: day('2025-01-30') } },
    });
    expect(linked).toMatch(/<a href="https:\/\/example.com\/a" rel="external noopener noreferrer">T<\/a>/);
    expect(linked).toContain('30 January 2025');
    const plain = await container.renderToString(SourceCitation, { props: { source: { title: 'T', publisher: 'P' } } });
    expect(plain).not.toContain('<a');
  });
});

describe('BriefTeaser', () => {
  it('marks a quarter without a brief as not yet published', async () => {
    const html = await container.renderToString(BriefTeaser, { props: { quarter } });
    expect(html).toContain('Notes from 2025-Q1');
    expect(html).toContain('Not yet published');
    expect(html).toContain('2 notes so far');
  });
});
