/** Series over time per entity, comparisons across entities, aliases, related notes. */
import { describe, expect, it } from 'vitest';
import { buildCatalog, labelWithoutPeriod, normaliseLabel, periodPosition, relatedNotes } from '../../src/lib/catalog/index.ts';
import { parsePeriod } from '../../src/lib/dates.ts';
import { formatFigure } from '../../src/lib/figures.ts';
import type { Figure } from '../../src/lib/content/schema.ts';
import { day, noteInput as note } from '../helpers/content.ts';

const topics = [{ slug: 'ai-capex', data: { title: 'AI capex', description: 'Spending.', keywords: [] } }];
const capex = (value: number, period: string, extra: Partial<Figure> = {}): Figure => ({
  label: `${period} capex`,
  entity: 'Meta',
  metric: 'capex',
  value,
  unit: 'USD bn',
  period,
  ...extra,
});

const metaNotes = [
  note('q4-call', '2025-01-29', { entities: ['Meta'], figures: [capex(39.2, '2024'), capex(60, '2025', { upto: 65, label: '2025 capex guidance' })] }),
  note('cnbc', '2025-01-30', { entities: ['Meta'], figures: [capex(60, '2025', { upto: 65, label: '2025 investment plan' })] }),
  note('q1-call', '2025-04-30', { entities: ['Meta'], figures: [capex(64, '2025', { upto: 72, label: '2025 capex outlook, raised' })] }),
  note('peers', '2025-02-04', {
    entities: ['Alphabet', 'Google', 'Microsoft'],
    figures: [
      { label: '2025 capex plan', entity: 'Google', metric: 'capex', value: 75, unit: 'USD bn', period: '2025' },
      { label: 'AI infrastructure plan', entity: 'Microsoft', metric: 'capex', value: 80, unit: 'USD bn', period: '2025' },
      { label: 'Cloud growth', entity: 'Microsoft', value: 31, unit: '%', period: '2024-Q4' },
    ],
  }),
];
const entities = [
  { slug: 'alphabet', data: { name: 'Alphabet', description: "Google's parent company.", aliases: ['Google'] } },
  { slug: 'baidu', data: { name: 'Baidu', description: 'A search company.', aliases: ['百度'] } },
];

describe('periodPosition', () => {
  it.each([
    ['2024', 2024.5],
    ['2025-Q1', 2025.125],
    ['2025-06', 2025 + 5.5 / 12],
  ])('%s sits at %d', (period, at) => {
    expect(periodPosition(parsePeriod(period), day('2025-01-01'))).toBeCloseTo(at, 6);
  });
  it('falls back to the note date', () => {
    expect(periodPosition(null, day('2025-07-02'))).toBeCloseTo(2025.5, 2);
  });
});

describe('normaliseLabel', () => {
  it.each([
    ['2025 capex guidance', 'capex guidance'],
    ['Capex guidance for 2025', 'capex guidance'],
    ['FY25 Q4 data-center revenue', 'data center revenue'],
    ['Share of revenue (%)', 'share revenue %'],
  ])('%s → %s', (label, normalised) => {
    expect(normaliseLabel(label)).toBe(normalised);
  });
});

describe('labelWithoutPeriod', () => {
  it.each([
    ['Q4 2024 earnings per share', 'Earnings per share'],
    ['2025 capex outlook, raised', 'Capex outlook, raised'],
    ['Reality Labs loss', 'Reality Labs loss'],
    ['FY25 Q4 data-center revenue', 'Data-center revenue'],
  ])('%s → %s', (label, bare) => {
    expect(labelWithoutPeriod(label)).toBe(bare);
  });
});

describe('entity series', () => {
  const catalog = buildCatalog({ notes: metaNotes, topics, briefs: [], entities });
  it("ties Meta's capex from 2024's actual to the guidance and the raised guidance, one point per fact", () => {
    const [series, ...rest] = catalog.entity('meta')!.series;
    expect(rest).toEqual([]);
    expect(series!.name).toBe('Capex');
    expect(series!.figures.map((f) => [f.period, formatFigure(f), f.note.slug])).toEqual([
      ['2024', '$39.2 bn', 'q4-call'],
      ['2025', '$60–65 bn', 'q4-call'],
      ['2025', '$64–72 bn', 'q1-call'],
    ]);
  });
  it('has no series for figures at a single moment', () => {
    expect(catalog.entity('microsoft')!.series).toEqual([]);
  });
});

describe('comparisons across entities', () => {
  it('compares one metric, unit and period across entities, the latest figure per entity, largest first', () => {
    const [comparison] = buildCatalog({ notes: metaNotes, topics, briefs: [], entities }).topic('ai-capex')!.comparisons;
    expect(comparison!.id).toBe('capex-usd-bn-2025');
    expect(comparison!.figures.map((f) => [f.entityRef!.name, formatFigure(f)])).toEqual([
      ['Microsoft', '$80 bn'],
      ['Alphabet', '$75 bn'],
      ['Meta', '$64–72 bn'],
    ]);
  });
});

describe('entity files and aliases', () => {
  const catalog = buildCatalog({
    notes: [...metaNotes, note('baidu-ernie', '2025-03-01', { entities: ['百度'], figures: [] })],
    topics,
    briefs: [],
    entities,
  });
  it('files an alias under its entity, which has no page of its own', () => {
    const alphabet = catalog.entity('alphabet')!;
    expect(alphabet).toMatchObject({ name: 'Alphabet', description: "Google's parent company.", hasFile: true, aliases: ['Google'] });
    expect(alphabet.notes.map((n) => n.slug)).toEqual(['peers']);
    expect(catalog.entities.map((e) => e.slug)).not.toContain('google');
    expect(catalog.note('peers')!.entities.map((e) => e.slug)).toEqual(['alphabet', 'microsoft']);
    // A figure about Google is a figure about Alphabet.
    expect(alphabet.figures.map((f) => f.label)).toEqual(['2025 capex plan']);
    // Looking up the alias finds the entity.
    expect(catalog.entity('google')).toBe(alphabet);
  });
  it('files a non-Latin alias too', () => {
    expect(catalog.entity('baidu')!.notes.map((n) => n.slug)).toEqual(['baidu-ernie']);
    expect(catalog.entity('百度')).toBe(catalog.entity('baidu'));
  });
  it('keeps the first file in slug order when two files claim one alias (the checks report it)', () => {
    const clash = buildCatalog({
      notes: [note('x', '2025-01-01', { entities: ['Google'] })],
      topics,
      briefs: [],
      entities: [...entities, { slug: 'google-llc', data: { name: 'Google LLC', description: 'D.', aliases: ['Google'] } }],
    });
    expect(clash.note('x')!.entities.map((e) => e.slug)).toEqual(['alphabet']);
  });
});

describe('related notes', () => {
  const many = Array.from({ length: 60 }, (_, i) =>
    note(`n${String(i).padStart(2, '0')}`, `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, {
      entities: i % 3 === 0 ? ['Meta'] : i % 3 === 1 ? ['Nvidia'] : ['Meta', 'Nvidia'],
      topics: ['ai-capex'],
    }),
  );
  const catalog = buildCatalog({ notes: many, topics, briefs: [] });

  it('gives up to four notes, never the note itself, ranked by shared entities first', () => {
    for (const n of catalog.notes) {
      const related = catalog.related(n.slug);
      expect(related.length).toBeLessThanOrEqual(4);
      expect(related).not.toContain(n);
    }
    // A Meta+Nvidia note shares two entities with other Meta+Nvidia notes.
    const both = catalog.note('n02')!;
    for (const r of catalog.related(both.slug)) expect(r.entities.map((e) => e.slug).sort()).toEqual(['meta', 'nvidia']);
  });

  it('prefers the closer note in time when the overlap is equal', () => {
    const few = buildCatalog({
      notes: [
        note('a', '2025-01-10', { entities: ['Meta'] }),
        note('near', '2025-01-20', { entities: ['Meta'] }),
        note('far', '2024-01-20', { entities: ['Meta'] }),
        note('other', '2025-01-11', { entities: ['Nvidia'], topics: ['chips'] }),
      ],
      topics: [...topics, { slug: 'chips', data: { title: 'Chips', description: 'C.', keywords: [] } }],
      briefs: [],
    });
    expect(few.related('a').map((n) => n.slug)).toEqual(['near', 'far']);
  });

  it('looks only at neighbours in time, so 5,000 notes on one entity stay linear', () => {
    const huge = Array.from({ length: 5000 }, (_, i) => note(`h${i}`, `20${String(10 + (i % 15))}-0${(i % 9) + 1}-1${i % 9}`, { entities: ['Meta'] }));
    const built = buildCatalog({ notes: huge, topics, briefs: [] });
    const related = relatedNotes(built.notes);
    expect(related.size).toBe(5000);
    for (const list of related.values()) expect(list).toHaveLength(4);
  });
});
