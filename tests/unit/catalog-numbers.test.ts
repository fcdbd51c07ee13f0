/** "By the numbers": one fact once, the ranking and its spread, the cap, the editor's picks. */
import { describe, expect, it } from 'vitest';
import { NUMBERS_LIMIT, buildCatalog, factScore, groupFacts, resolvePick, selectNumbers } from '../../src/lib/catalog/index.ts';
import type { Figure } from '../../src/lib/content/schema.ts';
import { day, noteInput as note } from '../helpers/content.ts';

const topics = [{ slug: 'ai-capex', data: { title: 'AI capex', description: 'Spending.', keywords: [] } }];
const fig = (label: string, value: number, extra: Partial<Figure> = {}): Figure => ({ label, value, unit: 'USD bn', ...extra });
const brief = (numbers?: { note: string; figure: string }[]) => ({
  slug: '2025-q1',
  data: { quarter: '2025-Q1', title: 'Q1', summary: 'S.', published: day('2025-04-02'), draft: false, ...(numbers ? { numbers } : {}) },
});

const notes = [
  note('seed', '2025-01-29', {
    entities: ['Meta', 'Nvidia'],
    figures: [
      fig('2025 capex guidance', 60, { upto: 65, entity: 'Meta', metric: 'capex', period: '2025' }),
      fig('Market-value loss in one day', -589, { entity: 'Nvidia', period: '2025-01-27' }),
      fig('Q4 2024 revenue', 48.4, { entity: 'Meta', metric: 'revenue', period: '2024-Q4' }),
      fig('GPUs used', 2000, { entity: 'DeepSeek', unit: 'GPUs' }),
    ],
  }),
  note('hk', '2025-01-28', {
    entities: ['Nvidia'],
    figures: [fig('Market-value change in one day', -589, { entity: 'Nvidia', period: '2025-01-27' })],
  }),
  note('cnbc', '2025-01-30', {
    entities: ['Meta'],
    figures: [fig('2025 investment plan', 60, { upto: 65, entity: 'Meta', metric: 'capex', period: '2025' })],
  }),
  note('alphabet', '2025-02-04', {
    entities: ['Alphabet'],
    figures: [fig('2025 capex plan', 75, { entity: 'Alphabet', metric: 'capex', period: '2025' })],
  }),
];

describe('one fact, several notes', () => {
  const catalog = buildCatalog({ notes, topics, briefs: [brief()] });
  const q1 = catalog.quarter('2025-q1')!;

  it('merges the same entity, period and value under two labels, and the same metric under two labels', () => {
    const facts = groupFacts(q1.figures);
    const sizes = facts.map((fact) => [fact[0]!.label, fact.map((f) => f.note.slug)]);
    expect(sizes).toContainEqual(['Market-value change in one day', ['hk', 'seed']]);
    expect(sizes).toContainEqual(['2025 capex guidance', ['seed', 'cnbc']]);
    expect(facts).toHaveLength(5);
  });

  it('shows each fact as one row citing every note that reports it', () => {
    const loss = q1.numbers.find((row) => row.figure.value === -589)!;
    expect(loss.notes.map((n) => n.slug)).toEqual(['hk', 'seed']);
    expect(q1.numbers.filter((row) => row.figure.value === -589)).toHaveLength(1);
    expect(new Set(q1.numbers.map((row) => row.id)).size).toBe(q1.numbers.length);
  });

  it('ranks a corroborated money figure above a lone count, whatever the sums', () => {
    const [first, second] = q1.numbers;
    expect([first!.figure.label, second!.figure.label].sort()).toEqual(['2025 capex guidance', 'Market-value change in one day']);
    expect(q1.numbers.at(-1)!.figure.unit).toBe('GPUs');
  });
});

describe('factScore', () => {
  const catalog = buildCatalog({ notes, topics, briefs: [] });
  const q1 = catalog.quarter('2025-q1')!;
  const facts = groupFacts(q1.figures);
  const score = (label: string) => factScore(facts.find((fact) => fact.some((f) => f.label === label))!, q1.quarter);
  it.each([
    // corroboration 2 + entity 1 + metric 1 + in the quarter's year 1 + money 1.5
    ['2025 capex guidance', 6.5],
    // corroboration 2 + entity 1 + in the quarter 1 + money 1.5
    ['Market-value change in one day', 5.5],
    // entity 1 + metric 1 + money 1.5 (2024-Q4 is history)
    ['Q4 2024 revenue', 3.5],
    // entity 1
    ['GPUs used', 1],
  ])('%s scores %d', (label, expected) => {
    expect(score(label)).toBe(expected);
  });
});

describe('selectNumbers', () => {
  it(`stops at ${NUMBERS_LIMIT} rows and spreads them across entities`, () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      note(`n${i}`, `2025-02-${String((i % 27) + 1).padStart(2, '0')}`, {
        entities: [`Company ${i % 8}`],
        figures: [fig(`Revenue ${i}`, 100 + i, { entity: `Company ${i % 8}`, period: '2025-Q1' }), fig(`Margin ${i}`, 10 + i, { entity: `Company ${i % 8}`, unit: '%' })],
      }),
    );
    const q1 = buildCatalog({ notes: many, topics, briefs: [] }).quarter('2025-q1')!;
    expect(q1.numbers).toHaveLength(NUMBERS_LIMIT);
    const perEntity = new Map<string, number>();
    for (const row of q1.numbers) perEntity.set(row.figure.entityRef!.slug, (perEntity.get(row.figure.entityRef!.slug) ?? 0) + 1);
    // Eight companies, twelve rows: nobody gets a third row before everyone has one.
    expect(perEntity.size).toBe(8);
    expect(Math.max(...perEntity.values())).toBeLessThanOrEqual(2);
  });

  it('is deterministic and empty for a quarter without figures', () => {
    const catalog = buildCatalog({ notes, topics, briefs: [] });
    const q1 = catalog.quarter('2025-q1')!;
    expect(selectNumbers(q1.figures, q1.quarter).map((r) => r.id)).toEqual(q1.numbers.map((r) => r.id));
    expect(selectNumbers([], q1.quarter)).toEqual([]);
  });
});

describe("the editor's picks", () => {
  it('keep their order, cite every note of a picked fact, and mark the quarter curated', () => {
    const picks = [
      { note: 'alphabet', figure: '2025 capex plan' },
      { note: 'SEED', figure: '  market-value LOSS in one day ' },
    ];
    const q1 = buildCatalog({ notes, topics, briefs: [brief(picks)] }).quarter('2025-q1')!;
    expect(q1.numbersCurated).toBe(true);
    expect(q1.numbers.map((row) => [row.figure.label, row.notes.map((n) => n.slug)])).toEqual([
      ['2025 capex plan', ['alphabet']],
      ['Market-value loss in one day', ['hk', 'seed']],
    ]);
  });

  it.each([
    [{ note: 'sede', figure: 'x' }, { field: 'note', message: '"sede" is not a note of 2025-Q1; did you mean "seed"?' }],
    [
      { note: 'seed', figure: '2025 capex guidence' },
      { field: 'figure', message: 'note "seed" has no figure labelled "2025 capex guidence"; did you mean "2025 capex guidance"?' },
    ],
    [{ note: 'hk', figure: 'Revenue' }, { field: 'figure', message: 'note "hk" has no figure labelled "Revenue"; did you mean "Market-value change in one day"?' }],
  ])('an unknown pick %j says what is wrong and the closest match', (pick, problem) => {
    const q1 = buildCatalog({ notes, topics, briefs: [] }).quarter('2025-q1')!;
    expect(resolvePick(pick, q1.notes, q1.label)).toEqual(problem);
  });

  it('leave out a pick that names nothing (the checks report it)', () => {
    const q1 = buildCatalog({ notes, topics, briefs: [brief([{ note: 'nope', figure: 'x' }, { note: 'alphabet', figure: '2025 capex plan' }])] }).quarter('2025-q1')!;
    expect(q1.numbers.map((row) => row.figure.label)).toEqual(['2025 capex plan']);
  });
});
