/**
 * Feed item builders (src/lib/feeds): which items, in which order, with what fields; the
 * channel; the XML that @astrojs/rss writes from them, read back with a real feed parser.
 */
import { parseRssFeed } from 'feedsmith';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCatalog, type BriefInput, type NoteInput, type TopicInput } from '../../src/lib/catalog/index.ts';
import { day, noteInput as note } from '../helpers/content.ts';
import { formatFigure } from '../../src/lib/figures.ts';
import {
  createFeeds,
  feedTitles,
  lastBuildDate,
  rssString,
  siteFeedEntries,
  type FeedBodies,
  type FeedOptions,
  type FeedSite,
} from '../../src/lib/feeds/index.ts';

const site: FeedSite = { name: 'Quarterdeck', tagline: 'Quarterly briefs on the AI industry.', language: 'en', feedNoteLimit: 50, siteFeedNoteLimit: 50 };
const titles = feedTitles(site.name);

const SITE = 'https://briefs.example.org';
const topics: TopicInput[] = [
  { slug: 'ai-capex', data: { title: 'AI capex', description: 'Data-center spending.', keywords: [] } },
  { slug: 'chips', data: { title: 'Chips', description: 'Accelerators.', keywords: [] } },
  { slug: 'empty', data: { title: 'Empty', description: 'No notes yet.', keywords: [] } },
];

/** 60 notes, one every three days from 2024-07-01 (Q3 2024 to Q1 2025), and three special ones. */
function corpus() {
  const notes: NoteInput[] = [];
  for (let i = 0; i < 60; i++) {
    const date = new Date(Date.UTC(2024, 6, 1 + i * 3)).toISOString().slice(0, 10);
    notes.push(note(`n${String(i).padStart(2, '0')}`, date));
  }
  notes.push(
    note('fig', '2025-02-10', {
      title: 'Chips & <friends> "fall"',
      topics: ['chips', 'ai-capex'],
      entities: ['Яндекс', 'Nvidia'],
      figures: [
        { label: 'Market value lost', entity: 'Nvidia', value: -589, unit: 'USD bn', period: '2025-01-27' },
        { label: '2025 capex plan', value: 60, upto: 65, unit: 'USD bn' },
      ],
      quotes: [{ text: 'It’s too early to say.', by: 'Jane Doe', role: 'CEO, Example' }],
      source: { title: 'Selloff', publisher: 'Example Wire', url: 'https://example.com/selloff', published: day('2025-02-11'), author: 'A. Writer' },
    }),
    note('draft', '2025-03-30', { draft: true }),
    // Same day as the 2024-Q4 brief: the brief comes first.
    note('same-day', '2025-01-05'),
  );
  const briefs: BriefInput[] = [
    { slug: '2024-q4', data: { quarter: '2024-Q4', title: 'Q4 in review', summary: 'The fourth quarter.', published: day('2025-01-05'), draft: false } },
    { slug: '2024-q3', data: { quarter: '2024-Q3', title: 'Q3 in review', summary: 'The third quarter.', published: day('2024-10-03'), draft: false } },
    // 2025-Q1 has notes but no brief: left out of every feed as a brief.
  ];
  return buildCatalog({ notes, topics, briefs });
}

const stubBodies: FeedBodies = {
  note: async (slug) => `<p>Body of ${slug}, see <a href="/notes/n00/">the first note</a>.</p>`,
  brief: async (slug) => `<p>Lede of ${slug}.</p>`,
};

function feeds(options: Partial<FeedOptions> = {}, bodies: FeedBodies = stubBodies) {
  return createFeeds(corpus(), { siteUrl: SITE, base: '/', site, ...options }, bodies);
}

const isNewestFirst = (dates: Date[]) => dates.every((d, i) => i === 0 || dates[i - 1]!.getTime() >= d.getTime());

afterEach(() => {
  vi.useRealTimers();
});

describe('the site feed', () => {
  it('carries the latest site.siteFeedNoteLimit notes and every published brief, newest first', async () => {
    const catalog = corpus();
    const feed = await feeds().site();
    const notes = feed.items.filter((item) => item.link.includes('/notes/'));
    const briefs = feed.items.filter((item) => item.link.includes('/briefs/'));
    expect(site.siteFeedNoteLimit).toBe(50);
    expect(notes).toHaveLength(50);
    expect(notes.map((item) => item.link)).toEqual(catalog.notes.slice(0, 50).map((n) => `${SITE}/notes/${n.slug}/`));
    expect(briefs.map((item) => item.link)).toEqual([`${SITE}/briefs/2024-q4/`, `${SITE}/briefs/2024-q3/`]);
    expect(feed.items).toHaveLength(52);
    expect(isNewestFirst(feed.items.map((item) => item.pubDate))).toBe(true);
  });

  it('takes its size from one setting', async () => {
    const feed = await feeds({ site: { ...site, siteFeedNoteLimit: 5 } }).site();
    expect(feed.items.filter((item) => item.link.includes('/notes/'))).toHaveLength(5);
    expect(siteFeedEntries(corpus(), 0).every((entry) => entry.kind === 'brief')).toBe(true);
  });

  it('puts a brief before the notes of its publication day and leaves drafts out', async () => {
    const links = (await feeds().site()).items.map((item) => item.link);
    expect(links.indexOf(`${SITE}/briefs/2024-q4/`)).toBe(links.indexOf(`${SITE}/notes/same-day/`) - 1);
    expect(links).not.toContain(`${SITE}/notes/draft/`);
  });

  it('has a complete channel whose lastBuildDate comes from the content, not the clock', async () => {
    const feed = await feeds().site();
    expect(feed).toMatchObject({
      title: titles.site(),
      description: site.tagline,
      link: `${SITE}/`,
      selfUrl: `${SITE}/rss.xml`,
      language: 'en',
      image: { url: `${SITE}/og/site.png`, title: titles.site(), link: `${SITE}/` },
    });
    expect(feed.lastBuildDate).toEqual(day('2025-02-10'));
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-06-01T12:34:56Z'));
    expect((await feeds().site()).lastBuildDate).toEqual(day('2025-02-10'));
    expect(lastBuildDate([])).toBeNull();
  });
});

describe('the briefs, topic and entity feeds', () => {
  it('the briefs feed has published briefs only, newest first', async () => {
    const feed = await feeds().briefs();
    expect(feed.items.map((item) => item.title)).toEqual(['2024-Q4: Q4 in review', '2024-Q3: Q3 in review']);
    expect(feed.items.map((item) => item.pubDate)).toEqual([day('2025-01-05'), day('2024-10-03')]);
    expect(feed).toMatchObject({ link: `${SITE}/briefs/`, selfUrl: `${SITE}/briefs/rss.xml`, title: titles.briefs() });
  });

  it('a topic feed has that topic’s notes only; an empty topic has a valid empty feed', async () => {
    const chips = (await feeds().topic('chips'))!;
    expect(chips.items.map((item) => item.link)).toEqual([`${SITE}/notes/fig/`]);
    expect(chips).toMatchObject({ title: 'Quarterdeck: Chips', description: 'Accelerators.', link: `${SITE}/topics/chips/` });
    const capex = (await feeds().topic('ai-capex'))!;
    // The latest feedNoteLimit notes of the 62 on the topic, one setting.
    expect(capex.items).toHaveLength(50);
    expect(capex.items.map((item) => item.link)).toEqual(corpus().topic('ai-capex')!.notes.slice(0, 50).map((n) => `${SITE}/notes/${n.slug}/`));
    expect((await feeds({ site: { ...site, feedNoteLimit: 3 } }).topic('ai-capex'))!.items).toHaveLength(3);
    expect(isNewestFirst(capex.items.map((item) => item.pubDate))).toBe(true);
    const empty = (await feeds().topic('empty'))!;
    expect(empty.items).toEqual([]);
    expect(empty.lastBuildDate).toBeNull();
    expect(await feeds().topic('nope')).toBeUndefined();
  });

  it('an entity feed works with a non-Latin slug and percent-encodes its URLs', async () => {
    const feed = (await feeds().entity('яндекс'))!;
    expect(feed.items.map((item) => item.link)).toEqual([`${SITE}/notes/fig/`]);
    expect(feed.title).toBe('Quarterdeck: Яндекс');
    expect(feed.link).toBe(`${SITE}/entities/%D1%8F%D0%BD%D0%B4%D0%B5%D0%BA%D1%81/`);
    expect(feed.selfUrl).toBe(`${SITE}/entities/%D1%8F%D0%BD%D0%B4%D0%B5%D0%BA%D1%81/rss.xml`);
    expect(await feeds().entity('nobody')).toBeUndefined();
  });
});

describe('items', () => {
  it('a note: title, absolute permalink, date, summary, topic titles as categories', async () => {
    const item = (await feeds().site()).items.find((i) => i.link.endsWith('/notes/fig/'))!;
    expect(item).toMatchObject({
      title: 'Chips & <friends> "fall"',
      link: `${SITE}/notes/fig/`,
      pubDate: day('2025-02-10'),
      description: 'Summary of fig.',
      categories: ['Chips', 'AI capex'],
    });
  });

  it('a note’s content: body (absolute links), source, figures through formatFigure, quotes; no summary', async () => {
    const { content } = (await feeds().site()).items.find((i) => i.link.endsWith('/notes/fig/'))!;
    expect(content).toContain('<p>Body of fig, see <a href="https://briefs.example.org/notes/n00/">the first note</a>.</p>');
    expect(content).toContain('<cite><a href="https://example.com/selloff">Selloff</a></cite>, Example Wire, A. Writer, <time datetime="2025-02-11">11 February 2025</time>');
    expect(content).toContain(formatFigure({ value: -589, unit: 'USD bn' }));
    expect(content).toContain(formatFigure({ value: 60, upto: 65, unit: 'USD bn' }));
    expect(content).toContain('−$589 bn');
    expect(content).toContain('<figure><blockquote><p>It’s too early to say.</p></blockquote><figcaption>— <span>Jane Doe</span>, CEO, Example</figcaption></figure>');
    // The fragments of the note's page, without its classes.
    expect(content).not.toContain('class=');
    expect(content).not.toContain('Summary of fig.');
  });

  it('a brief: its lede, its figures table and its notes, linked with their summaries', async () => {
    const catalog = corpus();
    const item = (await feeds().briefs()).items[0]!;
    expect(item.link).toBe(`${SITE}/briefs/2024-q4/`);
    expect(item.description).toBe('The fourth quarter.');
    expect(item.categories).toEqual(['AI capex']);
    expect(item.content.startsWith('<p>Lede of 2024-q4.</p>')).toBe(true);
    for (const n of catalog.quarter('2024-q4')!.notes) {
      expect(item.content).toContain(`<a href="${SITE}/notes/${n.slug}/"><strong>${n.title}</strong></a>`);
      expect(item.content).toContain(`<p>${n.summary}</p>`);
    }
    const q1 = (await feeds().site()).items.find((i) => i.link.endsWith('/briefs/2024-q3/'))!;
    expect(q1.content).not.toContain('By the numbers');
  });

  it('a brief with figures shows them in a table linked to their notes', async () => {
    const catalog = buildCatalog({
      notes: [corpus().note('fig')!].map((n) => note(n.slug, '2025-02-10', { figures: n.figures, title: 'Fig' })),
      topics,
      briefs: [{ slug: '2025-q1', data: { quarter: '2025-Q1', title: 'Q1', summary: 'S.', published: day('2025-04-02'), draft: false } }],
    });
    const item = (await createFeeds(catalog, { siteUrl: SITE, base: '/', site }, stubBodies).briefs()).items[0]!;
    expect(item.content).toContain('<h2>By the numbers</h2><div><table><caption>2025-Q1 by the numbers</caption>');
    expect(item.content).toContain(`<td>−$589 bn</td><td>Nvidia</td><td>2025-01-27</td><td><a href="${SITE}/notes/fig/">Fig</a></td>`);
  });

  it('guids are the absolute permalinks, identical across rebuilds and honouring BASE_PATH', async () => {
    const first = (await feeds().site()).items.map((item) => item.link);
    const second = (await feeds().site()).items.map((item) => item.link);
    expect(second).toEqual(first);
    const sub = (await feeds({ base: '/qd/' }).site()).items.map((item) => item.link);
    expect(sub).toEqual(first.map((link) => link.replace(SITE, `${SITE}/qd`)));
    const xml = await rssString(await feeds().site());
    const parsed = parseRssFeed(xml);
    expect(parsed.items!.map((item) => item.guid)).toEqual(first.map((value) => ({ value, isPermaLink: true })));
  });

  it('renders each item once however many feeds carry it', async () => {
    const calls: string[] = [];
    const counting: FeedBodies = {
      note: async (slug) => (calls.push(slug), `<p>${slug}</p>`),
      brief: async () => '',
    };
    const f = feeds({}, counting);
    await f.site();
    await f.topic('chips');
    await f.topic('ai-capex');
    await f.entity('nvidia');
    expect(calls.filter((slug) => slug === 'fig')).toHaveLength(1);
  });
});

describe('the XML', () => {
  it('is byte-identical for the same content, whatever the clock says', async () => {
    const first = await rssString(await feeds().site());
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    expect(await rssString(await feeds().site())).toBe(first);
  });

  it('parses with feedsmith: channel, atom:link self, image, no XSL stylesheet, RFC 822 dates, content', async () => {
    const feed = await feeds({ base: '/qd/' }).site();
    const xml = await rssString(feed);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss /);
    expect(xml).not.toContain('xml-stylesheet');
    const parsed = parseRssFeed(xml);
    expect(parsed).toMatchObject({
      title: titles.site(),
      description: site.tagline,
      link: `${SITE}/qd/`,
      language: 'en',
      lastBuildDate: 'Mon, 10 Feb 2025 00:00:00 GMT',
      image: { url: `${SITE}/qd/og/site.png`, title: titles.site(), link: `${SITE}/qd/` },
    });
    expect(parsed.atom?.links).toEqual([{ href: `${SITE}/qd/rss.xml`, rel: 'self', type: 'application/rss+xml' }]);
    expect(parsed.items).toHaveLength(feed.items.length);
    parsed.items!.forEach((item, i) => {
      const built = feed.items[i]!;
      expect(item.title).toBe(built.title);
      expect(item.link).toBe(built.link);
      expect(item.pubDate).toBe(built.pubDate.toUTCString());
      expect(item.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      expect(item.description).toBe(built.description);
      expect(item.content?.encoded).toBe(built.content);
      expect(item.categories?.map((c) => c.name)).toEqual(built.categories);
    });
  });
});
