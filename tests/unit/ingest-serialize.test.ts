/** src/lib/content/serialize.ts: notes and briefs written back as files that the schemas read as they were. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/lib/checks/frontmatter.ts';
import { parseFrontmatterYaml } from '../../src/lib/checks/yaml-frontmatter.ts';
import { briefSchema, noteSchema } from '../../src/lib/content/schema.ts';
import { serializeBrief, serializeNote, type NoteToWrite } from '../../src/lib/content/serialize.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const NOTE: NoteToWrite = {
  title: 'Zuckerberg weighs DeepSeek: "too early" to judge',
  date: day('2025-01-29'),
  summary: '',
  topics: ['ai-capex', 'open-source-models'],
  entities: ['Meta', 'Mark Zuckerberg', 'Яндекс'],
  source: {
    title: 'Zuckerberg Weighs In on DeepSeek and AI Spending',
    publisher: 'PYMNTS.com',
    url: 'https://www.pymnts.com/x',
    published: day('2025-01-30'),
    author: 'Jane Reporter',
  },
  figures: [
    { label: '2025 capex guidance', entity: 'Meta', value: 60, upto: 65, unit: 'USD bn', period: '2025', metric: 'capex' },
    { label: 'Revenue growth: year on year', value: 21, unit: '%', period: '2024-Q4' },
    { label: 'Market-value change', entity: 'Nvidia', value: -589, unit: 'USD bn', period: '2025-01-27' },
  ],
  quotes: [{ text: 'There’s going to be an open-source standard globally: an "American" one', by: 'Mark Zuckerberg', role: 'CEO, Meta' }],
  draft: true,
};

function frontmatterOf(file: string): unknown {
  return parse(/^---\n([\s\S]*?)\n---\n/.exec(file)![1]!);
}

describe('serializeNote', () => {
  const file = serializeNote(NOTE, '<!-- TODO: write the note -->\n');

  it('writes the README key order, dates as YYYY-MM-DD, short lists on one line', () => {
    expect(file).toBe(
      [
        '---',
        'title: \'Zuckerberg weighs DeepSeek: "too early" to judge\'',
        'date: 2025-01-29',
        'summary: ""',
        'topics: [ ai-capex, open-source-models ]',
        'entities: [ Meta, Mark Zuckerberg, Яндекс ]',
        'source:',
        '  title: Zuckerberg Weighs In on DeepSeek and AI Spending',
        '  publisher: PYMNTS.com',
        '  url: https://www.pymnts.com/x',
        '  published: 2025-01-30',
        '  author: Jane Reporter',
        'figures:',
        '  - label: 2025 capex guidance',
        '    entity: Meta',
        '    value: 60',
        '    upto: 65',
        '    unit: USD bn',
        '    period: 2025',
        '    metric: capex',
        '  - label: "Revenue growth: year on year"',
        '    value: 21',
        '    unit: "%"',
        '    period: 2024-Q4',
        '  - label: Market-value change',
        '    entity: Nvidia',
        '    value: -589',
        '    unit: USD bn',
        '    period: 2025-01-27',
        'quotes:',
        '  - text: \'There’s going to be an open-source standard globally: an "American" one\'',
        '    by: Mark Zuckerberg',
        '    role: CEO, Meta',
        'draft: true',
        '---',
        '<!-- TODO: write the note -->',
        '',
      ].join('\n'),
    );
  });

  it('is the inverse of the schema: the parsed note equals the one written', () => {
    const parsed = noteSchema.parse(frontmatterOf(file));
    expect(parsed).toEqual({ ...NOTE, figures: NOTE.figures!.map((f) => ({ ...f })) });
  });

  it('reads back the same through the content checks, which keep dates as written', () => {
    const split = splitFrontmatter(file);
    if (!split.ok) throw new Error(split.message);
    const read = parseFrontmatterYaml(split.yaml, split.yamlLine);
    if (!read.ok) throw new Error(read.message);
    expect(noteSchema.safeParse(read.data).success).toBe(true);
    expect((read.data as { date: unknown }).date).toBe('2025-01-29');
  });

  it('accepts the draft with an empty summary, and the note once summary and draft are done', () => {
    const draft = frontmatterOf(file) as Record<string, unknown>;
    expect(noteSchema.safeParse(draft).success).toBe(true);
    expect(noteSchema.safeParse({ ...draft, draft: false }).success).toBe(false);
    const done = frontmatterOf(serializeNote({ ...NOTE, summary: 'Meta kept its plan.', draft: false })) as Record<string, unknown>;
    expect(noteSchema.safeParse(done).success).toBe(true);
  });

  it('leaves out what is not known and keeps a long quote on one line', () => {
    const long = 'word '.repeat(40).trim();
    const minimal = serializeNote({
      title: 'T',
      date: day('2025-02-01'),
      topics: ['chips'],
      source: { title: 'S', publisher: 'P' },
      quotes: [{ text: long, by: 'X' }],
    });
    expect(minimal).toBe(
      `---\ntitle: T\ndate: 2025-02-01\nsummary: ""\ntopics: [ chips ]\nsource:\n  title: S\n  publisher: P\nquotes:\n  - text: ${long}\n    by: X\n---\n`,
    );
  });
});

describe('serializeBrief', () => {
  const brief = {
    quarter: '2025-Q1',
    title: 'The DeepSeek shock meets the capex boom',
    summary: 'Spending plans held: "for now".',
    published: day('2025-04-02'),
    numbers: [{ note: 'meta-q4-2024-results', figure: '2025 capex guidance' }],
    draft: true,
  };

  it('writes quarter, title, summary, published, numbers, draft in that order', () => {
    expect(serializeBrief(brief, 'The lede.')).toBe(
      [
        '---',
        'quarter: 2025-Q1',
        'title: The DeepSeek shock meets the capex boom',
        'summary: \'Spending plans held: "for now".\'',
        'published: 2025-04-02',
        'numbers:',
        '  - note: meta-q4-2024-results',
        '    figure: 2025 capex guidance',
        'draft: true',
        '---',
        'The lede.',
        '',
      ].join('\n'),
    );
  });

  it('is the inverse of the schema', () => {
    expect(briefSchema.parse(frontmatterOf(serializeBrief(brief)))).toEqual(brief);
    const { numbers: _, ...withoutNumbers } = brief;
    expect(briefSchema.parse(frontmatterOf(serializeBrief(withoutNumbers)))).toEqual(withoutNumbers);
  });
});
