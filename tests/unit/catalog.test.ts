import { describe, expect, it } from 'vitest';
import { buildCatalog, groupNotesByFirstTopic } from '../../src/lib/catalog/index.ts';
import { day, noteInput as note } from '../helpers/content.ts';

const topics = [
  { slug: 'chips', data: { title: 'Chips', description: 'Chips.', keywords: [] } },
  { slug: 'ai-capex', data: { title: 'AI capex', description: 'Spending.', keywords: [] } },
];
const briefs = [
  { slug: '2025-q1', data: { quarter: '2025-Q1', title: 'Q1 brief', summary: 'S', published: day('2025-04-02'), draft: false } },
];

const catalog = buildCatalog({
  notes: [
    note('q4-a', '2024-11-05', { entities: ['Meta', 'Яндекс'] }),
    note('q1-b', '2025-02-10', {
      topics: ['chips', 'ai-capex'],
      entities: ['meta', 'Nvidia', 'Mark Zuckerberg'],
      figures: [
        { label: 'Capex', entity: 'Meta', value: 60, upto: 65, unit: 'USD bn' },
        { label: 'Loss', entity: 'Nvidia', value: -589, unit: 'USD bn' },
      ],
      quotes: [
        { text: 'Q1', by: 'Mark Zuckerberg', role: 'CEO, Meta' },
        { text: 'Q2', by: 'Analyst' },
      ],
    }),
    note('q1-a', '2025-01-20', { entities: ['яндекс', 'Meta'] }),
    note('draft', '2025-03-01', { draft: true }),
    note('q3-a', '2025-08-01', { topics: ['chips'] }),
  ],
  topics,
  briefs,
});

describe('buildCatalog', () => {
  it('orders notes newest first and leaves drafts out of production', () => {
    expect(catalog.notes.map((n) => n.slug)).toEqual(['q3-a', 'q1-b', 'q1-a', 'q4-a']);
    expect(catalog.note('draft')).toBeUndefined();
  });
  it('shows drafts when asked (astro dev)', () => {
    const dev = buildCatalog({ notes: [note('draft', '2025-03-01', { draft: true })], topics, briefs: [] }, { includeDrafts: true });
    expect(dev.notes.map((n) => n.slug)).toEqual(['draft']);
  });
  it('files notes into quarters, newest quarter first, with and without briefs', () => {
    expect(catalog.quarters.map((q) => [q.label, q.brief?.title ?? null])).toEqual([
      ['2025-Q3', null],
      ['2025-Q1', 'Q1 brief'],
      ['2024-Q4', null],
    ]);
    expect(catalog.briefs.map((q) => q.slug)).toEqual(['2025-q1']);
  });
  it('links quarters that have pages, skipping empty ones', () => {
    const q1 = catalog.quarter('2025-q1')!;
    expect([q1.previous?.slug, q1.next?.slug]).toEqual(['2024-q4', '2025-q3']);
    expect(catalog.quarter('2025-q3')!.next).toBeNull();
    expect(catalog.quarter('2024-q4')!.previous).toBeNull();
  });
  it('gives a quarter its timeline, figures, quotes and numbered sources', () => {
    const q1 = catalog.quarter('2025-q1')!;
    expect(q1.notes.map((n) => n.slug)).toEqual(['q1-a', 'q1-b']);
    expect(q1.figures.map((f) => [f.label, f.note.slug])).toEqual([
      ['Capex', 'q1-b'],
      ['Loss', 'q1-b'],
    ]);
    expect(q1.quotes).toHaveLength(2);
    expect(q1.sources.map((s) => [s.number, s.note.slug])).toEqual([
      [1, 'q1-a'],
      [2, 'q1-b'],
    ]);
  });
  it('groups a quarter by topic in topic-title order; a two-topic note is in its first topic only', () => {
    const q1 = catalog.quarter('2025-q1')!;
    expect(q1.byTopic.map((g) => [g.topic.slug, g.notes.map((n) => n.slug)])).toEqual([
      ['ai-capex', ['q1-a']],
      ['chips', ['q1-b']],
    ]);
  });
  it('counts topics and sorts them by title', () => {
    expect(catalog.topics.map((t) => [t.title, t.notes.length])).toEqual([
      ['AI capex', 3],
      ['Chips', 2],
    ]);
  });
  it('merges entities that slug alike and keeps the most used spelling', () => {
    expect(catalog.entities.map((e) => [e.slug, e.name, e.notes.length])).toEqual([
      ['mark-zuckerberg', 'Mark Zuckerberg', 1],
      ['meta', 'Meta', 3],
      ['nvidia', 'Nvidia', 1],
      ['яндекс', 'Яндекс', 2],
    ]);
    expect(catalog.note('q1-b')!.entities.map((e) => e.name)).toEqual(['Meta', 'Nvidia', 'Mark Zuckerberg']);
  });
  it('finds chronological neighbours across quarters', () => {
    expect(catalog.neighbours('q1-a')).toMatchObject({ previous: { slug: 'q4-a' }, next: { slug: 'q1-b' } });
    expect(catalog.neighbours('q3-a').next).toBeNull();
    expect(catalog.neighbours('nope')).toEqual({ previous: null, next: null });
  });
  it('gives a quarter with a brief but no notes a page', () => {
    const only = buildCatalog({ notes: [], topics, briefs });
    expect(only.quarters.map((q) => q.slug)).toEqual(['2025-q1']);
  });
});

describe('entity figures and quotes', () => {
  it('takes figures about the entity and quotes by it or naming it in the role', () => {
    const meta = catalog.entity('meta')!;
    expect(meta.figures.map((f) => f.label)).toEqual(['Capex']);
    expect(meta.quotes.map((q) => q.text)).toEqual(['Q1']);
    expect(catalog.entity('mark-zuckerberg')!.quotes.map((q) => q.text)).toEqual(['Q1']);
    expect(catalog.entity('яндекс')!.figures).toEqual([]);
  });
});

describe('grouping', () => {
  it('lists a topic by quarter, newest quarter first', () => {
    expect(catalog.topic('ai-capex')!.byQuarter.map((g) => [g.quarter.slug, g.notes.map((n) => n.slug)])).toEqual([
      ['2025-q1', ['q1-b', 'q1-a']],
      ['2024-q4', ['q4-a']],
    ]);
  });
  it('groupNotesByFirstTopic drops empty topics', () => {
    const q4 = catalog.quarter('2024-q4')!;
    expect(groupNotesByFirstTopic(q4.notes, catalog.topics).map((g) => g.topic.slug)).toEqual(['ai-capex']);
  });
  it('counts a topic per quarter over the whole span, empty quarters included', () => {
    expect(catalog.topic('chips')!.trend.map((p) => [p.label, p.count])).toEqual([
      ['2024-Q4', 0],
      ['2025-Q1', 1],
      ['2025-Q2', 0],
      ['2025-Q3', 1],
    ]);
    expect(catalog.topic('chips')!.trend[2]!.quarter).toBeNull();
  });
});
