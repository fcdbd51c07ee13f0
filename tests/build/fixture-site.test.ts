/**
 * The fixture corpus (tests/fixtures/content), built once by the global setup,
 * checked page by page with a real HTML parser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { htmlFiles, readPage } from '../helpers/html.ts';
import { siteDist } from '../helpers/sites.ts';

const dist = siteDist('fixture');
const page = (p: string) => readPage(dist, p);
const ORIGIN = 'https://briefs.example.org';

describe('the fixture site', () => {
  it('builds every page of the URL table', () => {
    const expected = [
      'index.html',
      '404.html',
      'briefs/index.html',
      'briefs/2024-q4/index.html',
      'briefs/2025-q1/index.html',
      'briefs/2025-q2/index.html',
      'notes/fixture-capex-q4/index.html',
      'notes/fixture-open-model/index.html',
      'notes/fixture-chips-selloff/index.html',
      'notes/fixture-q2-open/index.html',
      'topics/index.html',
      'topics/ai-capex/index.html',
      'topics/chips/index.html',
      'topics/open-source-models/index.html',
      'entities/index.html',
      'entities/fixture-corp/index.html',
      'entities/яндекс/index.html',
      'entities/e2e-labs/index.html',
      'sitemap-index.xml',
    ];
    for (const file of expected) expect(fs.existsSync(path.join(dist, file)), file).toBe(true);
  });

  it('never publishes a draft', () => {
    expect(fs.existsSync(path.join(dist, 'notes/fixture-draft'))).toBe(false);
    for (const file of htmlFiles(dist)) {
      expect(fs.readFileSync(path.join(dist, file), 'utf8'), file).not.toContain('fixture-draft');
    }
  });

  it('ships no JavaScript outside search', () => {
    for (const file of htmlFiles(dist).filter((f) => !f.startsWith('search/'))) {
      // JSON-LD is data, not JavaScript.
      expect(readPage(dist, file).all('script:not([type="application/ld+json"])'), file).toHaveLength(0);
    }
  });
});

describe('home', () => {
  const home = page('/');
  it('leads with the latest quarter, then the archive, topics and latest notes', () => {
    expect(home.text('.hero .teaser__title')).toBe('The fixture quarter');
    expect(home.texts('.hero .headline-figures dd')).toEqual(['−$589 bn', '$5.6 m']);
    expect(home.texts('#archive-heading ~ ul .teaser__title')).toEqual(['Notes from 2025-Q2', 'Notes from 2024-Q4']);
    expect(home.text('#archive-heading ~ ul li:first-child')).toContain('Not yet published');
    expect(home.texts('#topics-heading ~ ul li a')).toEqual(['AI capex', 'Chips', 'Open-source models']);
    expect(home.texts('.note-list h3')[0]).toBe('E2E Labs open-sources a small model');
  });
  it('has one h1', () => {
    expect(home.all('h1')).toHaveLength(1);
  });
});

describe('a published brief', () => {
  const brief = page('/briefs/2025-q1/');
  it('has title, date and the lede', () => {
    expect(brief.text('h1')).toBe('The fixture quarter');
    expect(brief.text('.page-header .meta')).toContain('Published 2 April 2025');
    expect(brief.text('.lede-body')).toContain('The editor’s lede for the fixture quarter.');
  });
  it('shows "By the numbers": one row per fact, citing every note that reports it, each with a link to itself', () => {
    const rows = brief.all('#by-the-numbers ~ table.numbers tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows.length).toBeLessThanOrEqual(12);
    expect(brief.texts('table.numbers tbody td.num')).toEqual(['−$589 bn', '$5.6 m']);
    // The −$589 bn fact, reported by two notes under two labels (one through an alias), is one row.
    expect(brief.texts('table.numbers tbody .numbers__entity')).toEqual(['Chipmaker']);
    expect(rows.map((row) => row.properties.id)).toEqual(['n-chipmaker-market-value-change-in-one-day-2025-01-27', 'n-training-cost']);
    expect(brief.texts('table.numbers tbody tr:first-child .cite')).toEqual(['[1]', '[2]']);
    expect(brief.attr('table.numbers tbody tr:first-child a.anchor', 'href')).toBe('#n-chipmaker-market-value-change-in-one-day-2025-01-27');
    expect(brief.attr('#by-the-numbers a.anchor', 'href')).toBe('#by-the-numbers');
  });
  it('keeps every figure on a page of its own, by entity, and as CSV and JSON', () => {
    expect(brief.text('.downloads a[href$="/figures/"]')).toBe('All 3 figures of the quarter, by entity');
    expect(brief.attr('.downloads a[href$="/figures/"]', 'href')).toBe('/briefs/2025-q1/figures/');
    const figures = page('/briefs/2025-q1/figures/');
    expect(figures.text('h1')).toBe('Figures of 2025-Q1');
    expect(figures.attr('.page-header .eyebrow a', 'href')).toBe('/briefs/2025-q1/');
    expect(figures.texts('.all-figures caption')).toEqual(['Chipmaker', 'Other figures']);
    // Grouped by entity, so the entity column goes; each figure links the note it comes from.
    expect(figures.texts('.all-figures > .table-scroll:first-of-type thead th')).toEqual(['Figure', 'Value', 'Period', 'Note']);
    expect(figures.all('.all-figures td a').map((a) => a.properties.href)).toEqual([
      '/notes/fixture-open-model/',
      '/notes/fixture-chips-selloff/',
      '/notes/fixture-chips-selloff/',
    ]);
    expect(figures.attr('meta[property="og:image"]', 'content')).toBe(brief.attr('meta[property="og:image"]', 'content'));
    expect(brief.attr('.downloads a[href$=".csv"]', 'href')).toBe('/briefs/2025-q1/figures.csv');
    const csv = parseCsv(fs.readFileSync(path.join(dist, 'briefs/2025-q1/figures.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(csv).toHaveLength(3);
    expect(Object.keys(csv[0]!)).toEqual(['quarter', 'entity', 'label', 'metric', 'value', 'upto', 'unit', 'period', 'note_url', 'source_url']);
    expect(csv.map((row) => [row.entity, row.label, row.value, row.unit, row.note_url])).toEqual([
      ['Chipmaker', 'Market-value change in one day', '-589', 'USD bn', `${ORIGIN}/notes/fixture-open-model/`],
      ['Chipmaker', 'Market value lost', '-589', 'USD bn', `${ORIGIN}/notes/fixture-chips-selloff/`],
      ['', 'Training cost', '5.6', 'USD m', `${ORIGIN}/notes/fixture-chips-selloff/`],
    ]);
    expect(csv[1]!.source_url).toBe('https://example.com/selloff');
    const json = JSON.parse(fs.readFileSync(path.join(dist, 'briefs/2025-q1/figures.json'), 'utf8'));
    expect(json.figures).toHaveLength(3);
    expect(json.figures[2]).toMatchObject({ entity: null, value: 5.6, upto: null });
    // Unpublished quarters get them too.
    expect(fs.existsSync(path.join(dist, 'briefs/2025-q2/figures.csv'))).toBe(true);
  });
  it('lists each note once, under its first topic, its other topics as small links', () => {
    expect(brief.texts('.topic-group > h3')).toEqual(['Chips', 'Open-source models']);
    expect(brief.texts('.topic-group .note-list h4')).toEqual(['Chip stocks fall on a cheap model', 'An open model from Яндекс: <b>not bold</b> </script> ]]> & friends']);
    expect(brief.texts('.note-list .also a')).toEqual(['AI capex']);
    const summaries = brief.texts('.note-list li > p:not(.meta)');
    expect(summaries).toHaveLength(2);
    expect(new Set(summaries).size).toBe(summaries.length);
  });
  it('quotes with attribution, and one dated, numbered timeline giving each note its source', () => {
    expect(brief.text('#quotes ~ .quotes figcaption')).toContain('John Roe, Analyst');
    expect(brief.texts('.timeline li > time')).toEqual(['20 Jan', '10 Feb']);
    expect(brief.all('.timeline li > time').map((t) => t.properties.dateTime)).toEqual(['2025-01-20', '2025-02-10']);
    // Each entry is the anchor of its [n] citations, numbered by its place in the list (the stylesheet shows the [n]).
    expect(brief.all('ol.timeline > li').map((li) => li.properties.id)).toEqual(['source-1', 'source-2']);
    expect(brief.all('.topic-group .cite').map((a) => a.properties.href)).toEqual(['#source-2', '#source-1']);
    expect(brief.all('.timeline li > p > a').map((a) => a.properties.href)).toEqual(['/notes/fixture-open-model/', '/notes/fixture-chips-selloff/']);
    // The article's date only where it is not the note's (the selloff was reported a day later).
    expect(brief.texts('.timeline small')).toEqual(['Open weights arrive, Sample Times', 'Chip selloff, Example Wire, 11 February 2025']);
    expect(brief.attr('.timeline a[rel~=external]', 'href')).toBe('https://example.com/selloff');
  });
  it('links to the previous and next quarter', () => {
    expect(brief.attr('.pager a[rel=prev]', 'href')).toBe('/briefs/2024-q4/');
    expect(brief.attr('.pager a[rel=next]', 'href')).toBe('/briefs/2025-q2/');
  });
});

describe('a quarter without a brief', () => {
  const q2 = page('/briefs/2025-q2/');
  it('shows its notes under a plain title, marked as not yet published', () => {
    expect(q2.text('h1')).toBe('Notes from 2025-Q2');
    expect(q2.text('.page-header')).toContain('Not yet published');
    expect(q2.texts('.note-list :is(h2, h3, h4)')).toEqual(['E2E Labs open-sources a small model']);
    expect(q2.attr('.pager a[rel=next]', 'href')).toBeUndefined();
  });
  it('is listed in the archive as unpublished', () => {
    expect(page('/briefs/').text('.stack > li:first-child')).toContain('Not yet published');
  });
});

describe('a note', () => {
  const note = page('/notes/fixture-capex-q4/');
  it('shows summary, source citation, figures, quotes, body, topics, entities', () => {
    expect(note.text('h1')).toBe('Fixture Corp lifts its capex plan');
    expect(note.text('.page-header .lede')).toBe('Fixture Corp says it will spend more on data centers next year.');
    expect(note.text('.source-box')).toContain('Fixture Corp raises spending, Example Wire, A. Writer, 6 November 2024');
    expect(note.attr('.source-box a', 'href')).toBe('https://example.com/fixture-capex');
    expect(note.attr('.source-box a', 'rel')).toContain('noopener');
    expect(note.texts('.figures td.num')).toEqual(['$39.2 bn', '$60–65 bn', '21%']);
    expect(note.texts('.figures td.nowrap')).toEqual(['2024', '2025', '2024-Q4']);
    expect(note.text('.page-header .meta')).toMatch(/ · 1 min read$/);
    expect(note.text('.quote figcaption')).toBe('— Jane Doe, CEO, Fixture Corp');
    expect(note.text('.prose')).toContain('Fixture Corp’s plan is large.');
    expect(note.texts('ul[aria-label=Topics] a')).toEqual(['AI capex']);
    expect(note.texts('ul[aria-label=Entities] a')).toEqual(['Fixture Corp', 'Яндекс']);
    expect(note.attr('ul[aria-label=Entities] li:last-child a', 'href')).toBe('/entities/%D1%8F%D0%BD%D0%B4%D0%B5%D0%BA%D1%81/');
  });
  it('marks external links in the body noopener', () => {
    const link = note.one('.prose a[href^="https://example.com"]');
    expect(String(link?.properties.rel)).toContain('noopener');
  });
  it('links to its chronological neighbours', () => {
    expect(note.attr('.pager a[rel=next]', 'href')).toBe('/notes/fixture-open-model/');
    expect(note.attr('.pager a[rel=prev]', 'href')).toBeUndefined();
  });
});

describe('content is escaped and sanitised', () => {
  it('escapes markup in titles', () => {
    const mdx = page('/notes/fixture-open-model/');
    expect(mdx.text('h1')).toBe('An open model from Яндекс: <b>not bold</b> </script> ]]> & friends');
    expect(mdx.all('h1 b')).toHaveLength(0);
    expect(mdx.text('.prose')).toContain('has 7 billion parameters');
    // Raw JSX links in MDX get the same link rules as Markdown links.
    expect(mdx.all('.prose a').map((a) => a.properties.href)).toEqual(['/notes/fixture-capex-q4/', undefined]);
  });
  it('renders the shipped MDX components, and an image kept next to the note, sized and described', () => {
    const mdx = page('/notes/fixture-open-model/');
    expect(mdx.text('.prose .pull-quote blockquote')).toBe('Weights you can download change who gets to try.');
    expect(mdx.text('.prose .pull-quote figcaption')).toBe('A. Researcher, Open Lab');
    expect(mdx.attr('.prose aside.aside', 'ariaLabel')).toBe('How we counted');
    const img = mdx.one('.prose figure.figure img')!;
    expect(img.properties).toMatchObject({ alt: 'Four bars rising from left to right', width: 480, height: 240 });
    expect(String(img.properties.src)).toMatch(/^\/_astro\/open-model-chart\.[\w-]+\.webp$/);
    expect(fs.existsSync(path.join(dist, String(img.properties.src)))).toBe(true);
    expect(mdx.text('.prose figure.figure figcaption')).toBe('Downloads per week Source: Open Lab');
  });
  it('drops scripts, handlers and javascript: links from Markdown bodies', () => {
    const note = page('/notes/fixture-chips-selloff/');
    const html = fs.readFileSync(note.file, 'utf8');
    expect(html).not.toContain('alert');
    expect(note.all('[onclick]')).toHaveLength(0);
    // The javascript: link loses its href; the handler link keeps its harmless "#".
    expect(note.all('.prose a').map((a) => a.properties.href)).toEqual(['/notes/fixture-capex-q4/', undefined, '#']);
    expect(note.attr('.prose img', 'src')).toBe('/favicon.svg');
  });
});

describe('topics and entities', () => {
  it('lists topics with counts', () => {
    const topics = page('/topics/');
    expect(topics.texts('.card-list h2')).toEqual(['AI capex', 'Chips', 'Open-source models']);
    expect(topics.texts('.card-list .topic-trend > span:first-child')).toEqual(['2 notes', '1 note', '2 notes']);
    // Notes per quarter as a small bar row, the counts in text for screen readers.
    expect(topics.all('.card-list .trend svg[aria-hidden=true] rect')).toHaveLength(9);
    expect(topics.text('.card-list li:first-child .trend .visually-hidden')).toBe('AI capex, notes per quarter: 2024-Q4: 1; 2025-Q1: 1; 2025-Q2: 0.');
  });
  it('shows a topic’s notes by quarter, newest first, with its intro and feed', () => {
    const topic = page('/topics/ai-capex/');
    expect(topic.texts('main h2 a')).toEqual(['2025-Q1', '2024-Q4']);
    expect(topic.text('.page-header .trend .visually-hidden')).toContain('2024-Q4: 1; 2025-Q1: 1; 2025-Q2: 0');
    expect(topic.text('.prose')).toBe('Who spends what on AI infrastructure.');
    expect(topic.attr('.subscribe a', 'href')).toBe('/topics/ai-capex/rss.xml');
    expect(topic.all('link[rel=alternate][type="application/rss+xml"]').map((l) => l.properties.href)).toEqual([
      `${ORIGIN}/rss.xml`,
      `${ORIGIN}/topics/ai-capex/rss.xml`,
    ]);
  });
  it('merges entity names that slug alike', () => {
    const entities = page('/entities/');
    expect(entities.texts('.count-list a')).toEqual(['Chipmaker', 'E2E Labs', 'Fixture Corp', 'Open Lab', 'Яндекс']);
    expect(entities.texts('.count-list .count')).toEqual(['1', '1', '3', '1', '2']);
  });
  it('shows an entity’s notes, figures and quotes', () => {
    const entity = page('/entities/fixture-corp/');
    expect(entity.text('h1')).toBe('Fixture Corp');
    expect(entity.texts('.note-list :is(h2, h3, h4)')).toHaveLength(3);
    expect(entity.text('.page-header .lede')).toBe('A company that exists only in the test corpus, and spends heavily on data centers.');
    expect(entity.text('.prose strong')).toBe('capex');
    // A note that names the alias FixCo is filed here; the alias has no page of its own.
    expect(entity.texts('.note-list :is(h2, h3, h4)')).toContain('E2E Labs open-sources a small model');
    expect(fs.existsSync(path.join(dist, 'entities/fixco/index.html'))).toBe(false);
    expect(entity.texts('.all-figures .figures td.num')).toEqual(['$39.2 bn', '$60–65 bn', '21%', '$64–72 bn']);
    // Its capex over time: 2024's actual, the plan and the raised plan.
    const chart = entity.one('figure.chart svg[role=img]')!;
    expect(entity.all('figure.chart circle')).toHaveLength(3);
    expect(entity.text('figure.chart desc')).toContain('2024 (2024 capex, in “Fixture Corp lifts its capex plan”): $39.2 bn');
    expect(chart.properties.ariaLabelledBy).toHaveLength(2);
    expect(entity.texts('figure.chart .chart__numbers td.num')).toEqual(['$39.2 bn', '$60–65 bn', '$64–72 bn']);
    expect(entity.text('.quote figcaption')).toContain('Jane Doe, CEO, Fixture Corp');
    expect(entity.attr('.subscribe a', 'href')).toBe('/entities/fixture-corp/rss.xml');
  });
});

describe('404', () => {
  it('says so and offers a way back', () => {
    const notFound = page('/404.html');
    expect(notFound.text('h1')).toBe('Page not found');
    expect(notFound.attr('meta[name=robots]', 'content')).toBe('noindex');
    expect(notFound.all('main a').length).toBeGreaterThan(2);
  });
});

describe('sitemap', () => {
  it('lists the pages with absolute URLs', () => {
    const sitemap = fs.readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`${ORIGIN}/briefs/2025-q1/`);
    expect(sitemap).toContain(`${ORIGIN}/notes/fixture-capex-q4/`);
    expect(sitemap).not.toContain('404');
  });
});
