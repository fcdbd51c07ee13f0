/**
 * The article that started the project (a scrape from an aggregator: site name, a calendar
 * widget, a comment count and the "appeared first on" footer), field by field.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { noteSchema } from '../../src/lib/content/schema.ts';
import { serializeNote } from '../../src/lib/content/serialize.ts';
import { draftNote } from '../../src/lib/ingest/index.ts';
import { parse } from 'yaml';

const file = '2025-01-30-pymnts-zuckerberg-deepseek-ai-spending.txt';
const text = readFileSync(fileURLToPath(new URL(`../fixtures/articles/${file}`, import.meta.url)), 'utf8');
const topics = [
  { slug: 'ai-capex', title: 'AI capex', description: 'Data-center and AI infrastructure spending.' },
  { slug: 'chips', title: 'Chips', description: 'Accelerators, their makers and their supply.' },
  { slug: 'open-source-models', title: 'Open-source models', description: 'Models released with open weights.' },
];
const draft = draftNote(text, { topics, today: new Date(Date.UTC(2026, 0, 1)), fileName: file });
const { note } = draft;

describe('ingest: the seed article', () => {
  it('finds the title and the publisher in the syndication footer, the date in the file name', () => {
    expect(note.title).toBe('Zuckerberg Weighs In on DeepSeek and AI Spending');
    expect(note.source).toMatchObject({ title: note.title, publisher: 'PYMNTS.com' });
    expect(note.source.published?.toISOString().slice(0, 10)).toBe('2025-01-30');
    expect(note.date.toISOString().slice(0, 10)).toBe('2025-01-30');
    expect(draft.dateFrom).toBe('the file name');
    expect(note.source.url).toBeUndefined(); // the scrape names none
  });

  it('drops the site name, the calendar widget and the comment count', () => {
    const body = draft.article.paragraphs.join('\n');
    expect(body).not.toMatch(/ru24\.pro|News in English|Январь|\b1 2 3 4\b/);
    expect(draft.article.paragraphs[0]).toMatch(/^In one of the most high-profile reactions/);
    expect(draft.article.paragraphs.at(-1)).toMatch(/^Shares of Meta rose 4\.8%/);
  });

  it.each([
    ['Q4 revenue', { value: 48.4, unit: 'USD bn' }],
    ['net income', { value: 20.8, unit: 'USD bn' }],
    ['earnings per share', { value: 8.02, unit: 'USD' }],
    ['2025 capex, a range', { value: 60, upto: 65, unit: 'USD bn' }],
    ['2024 capex', { value: 39.2, unit: 'USD bn' }],
    ["DeepSeek's training cost", { value: 5.6, unit: 'USD m' }],
    ["Nvidia's loss of market value, negative", { value: -589, unit: 'USD bn' }],
    ['revenue growth', { value: 21, unit: '%' }],
  ])('records %s', (_, expected) => {
    const found = note.figures.find((f) => f.value === expected.value && f.unit === expected.unit);
    expect(found).toBeDefined();
    expect(found!.upto).toBe('upto' in expected ? expected.upto : undefined);
  });

  it('labels and attributes the headline figures', () => {
    const figure = (value: number) => note.figures.find((f) => f.value === value)!;
    expect(figure(48.4)).toMatchObject({ label: 'Q4 2024 revenue', entity: 'Meta', period: '2024-Q4' });
    expect(figure(-589)).toMatchObject({ entity: 'Nvidia' });
    expect(figure(60)).toMatchObject({ entity: 'Meta', label: expect.stringMatching(/capital expenditures/i) });
    expect(figure(39.2)).toMatchObject({ label: '2024 capex', period: '2024' });
    expect(figure(5.6)).toMatchObject({ entity: 'DeepSeek', label: 'Training cost' });
  });

  it('takes no day of the calendar, year, date or product name for a figure', () => {
    for (const figure of note.figures) {
      expect(figure.unit).toMatch(/^(?:USD(?: bn| m)?|%|GPUs)$/);
      expect([2024, 2025, 29, 27, 7, 4]).not.toContain(figure.value);
    }
  });

  it("attributes Zuckerberg's quotes to him, with his role, wrapped or not, through 'he said'", () => {
    const byZuckerberg = note.quotes.filter((q) => q.by === 'Mark Zuckerberg');
    expect(byZuckerberg.length).toBe(note.quotes.length);
    expect(byZuckerberg.map((q) => q.text)).toEqual(
      expect.arrayContaining([
        'It’s probably too early to really have a strong opinion on what this means for the trajectory around infrastructure and capex',
        'There’s going to be an open-source standard globally',
      ]),
    );
    expect(byZuckerberg[0]!.role).toBe('CEO, Meta');
    // Scare quotes are terms, not quotes.
    expect(note.quotes.map((q) => q.text)).not.toContain('community notes');
  });

  it('lists the recurring names as entities and suggests topics', () => {
    expect(note.entities).toEqual(expect.arrayContaining(['Meta', 'Mark Zuckerberg', 'DeepSeek', 'Nvidia']));
    expect(note.entities).not.toContain('Zuckerberg'); // folded into the full name
    expect(note.topics).toContain('ai-capex');
    expect(note.topics).toContain('open-source-models');
  });

  it('writes a draft the schema accepts, and a note once the editor has written the summary', () => {
    const written = serializeNote(note, draft.body);
    const yaml = /^---\n([\s\S]*?)\n---\n/.exec(written)![1]!;
    expect(noteSchema.safeParse(parse(yaml)).success).toBe(true);
    const finished = { ...parse(yaml), draft: false };
    expect(noteSchema.safeParse(finished).success).toBe(false); // no summary yet
    expect(noteSchema.safeParse({ ...finished, summary: 'Meta kept its capex plan.' }).success).toBe(true);
  });
});
