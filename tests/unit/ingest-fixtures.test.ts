/**
 * src/lib/ingest against the fixture articles (tests/fixtures/articles): one per noise
 * pattern and number format, in English, Russian and German, text and HTML, plus the
 * project's seed article. Each has the answer a careful editor would write; the test
 * measures how much of it the draft gets and prints the rates.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { draftNote, type DraftNote } from '../../src/lib/ingest/index.ts';

const dir = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));
const TOPICS = [
  { slug: 'ai-capex', title: 'AI capex', description: 'Data-center and AI infrastructure spending.' },
  { slug: 'chips', title: 'Chips', description: 'Accelerators, their makers and their supply.' },
  { slug: 'open-source-models', title: 'Open-source models', description: 'Models released with open weights.' },
];

interface ExpectedFigure {
  value: number;
  upto?: number;
  unit: string;
}

interface Expected {
  file: string;
  title: string;
  publisher: string;
  published?: string;
  figures: ExpectedFigure[];
  /** A distinctive piece of each quote, and its speaker. */
  quotes: [string, string][];
}

const f = (value: number, unit: string, upto?: number): ExpectedFigure => ({ value, unit, ...(upto === undefined ? {} : { upto }) });

const EXPECTED: Expected[] = [
  {
    file: '2025-01-30-pymnts-zuckerberg-deepseek-ai-spending.txt',
    title: 'Zuckerberg Weighs In on DeepSeek and AI Spending',
    publisher: 'PYMNTS.com',
    published: '2025-01-30',
    // The figures of the published note content/notes/2025/zuckerberg-deepseek-ai-spending.md.
    figures: [
      f(48.4, 'USD bn'), f(21, '%'), f(40.1, 'USD bn'), f(47, 'USD bn'), f(20.8, 'USD bn'), f(8.02, 'USD'),
      f(6.76, 'USD'), f(14, 'USD bn'), f(5.33, 'USD'), f(1.55, 'USD bn'), f(48, '%'), f(41, '%'), f(4.9, 'USD bn'),
      f(4.6, 'USD bn'), f(39.2, 'USD bn'), f(60, 'USD bn', 65), f(114, 'USD bn', 119), f(39.5, 'USD bn', 41.8),
      f(8, '%', 15), f(4.8, '%'), f(5.6, 'USD m'), f(2000, 'GPUs'), f(-589, 'USD bn'),
    ],
    quotes: [
      ['probably too early to really have a strong opinion', 'Mark Zuckerberg'],
      ['ability to build out that kind of infrastructure', 'Mark Zuckerberg'],
      ['going to be an open-source standard globally', 'Mark Zuckerberg'],
      ['important that it’s an American standard', 'Mark Zuckerberg'],
      ['are looking good, too', 'Mark Zuckerberg'],
      ['profound milestone', 'Mark Zuckerberg'],
      ['adding context to our platform', 'Mark Zuckerberg'],
    ],
  },
  {
    file: 'en-text-aggregator-microsoft.txt',
    title: 'Microsoft Tops Revenue Forecast as Azure Growth Cools to 31%',
    publisher: 'Market Ledger',
    published: '2025-01-29',
    figures: [
      f(69.63, 'USD bn'), f(68.78, 'USD bn'), f(12.3, '%'), f(3.23, 'USD'), f(3.11, 'USD'), f(24.11, 'USD bn'),
      f(21.87, 'USD bn'), f(25.54, 'USD bn'), f(25.83, 'USD bn'), f(31, '%'), f(33, '%'), f(13, 'pp'),
      f(67.7, 'USD bn', 68.7), f(69.78, 'USD bn'), f(31, '%', 32), f(13, 'USD bn'), f(-5, '%'),
    ],
    quotes: [
      ['still outgrowing the market', 'Dana Whitfield'],
      ['leaves very little room', 'Dana Whitfield'],
    ],
  },
  {
    file: 'en-html-stargate.html',
    title: 'Trump unveils $500 billion Stargate AI venture',
    publisher: 'Capital Wire',
    published: '2025-01-21',
    figures: [f(100, 'USD bn'), f(500, 'USD bn')],
    quotes: [['will invest $500 billion, at least', 'Donald Trump']],
  },
  {
    file: 'en-html-nvidia-results.html',
    title: 'Nvidia posts record data center revenue as Blackwell ramps',
    publisher: 'DC Insider',
    published: '2025-02-27',
    figures: [
      f(39.3, 'USD bn'), f(12, '%'), f(78, '%'), f(11, 'USD bn'), f(35.6, 'USD bn'), f(16, '%'), f(93, '%'),
      f(130.5, 'USD bn'), f(114, '%'), f(115.2, 'USD bn'), f(142, '%'), f(-3, '%'),
    ],
    quotes: [['fastest product ramp in our company', 'Colette Kress']],
  },
  {
    file: 'en-text-hardwrap-deepseek.txt',
    title: 'DeepSeek V3 Trains a Frontier-Class Open Model for About $5.6 Million',
    publisher: 'The Token Report',
    published: '2024-12-27',
    figures: [
      f(671, 'bn parameters'), f(37, 'bn parameters'), f(14.8, 'tn tokens'), f(5.57, 'USD m'), f(256, 'experts'),
      f(60, 'tokens/s'), f(3, 'x'), f(0.5, 'CNY per m tokens', 2), f(8, 'CNY per m tokens'), f(53, 'x'),
    ],
    quotes: [
      ['first time an open model has matched the closed frontier on a budget this small', 'Tomás Ruiz'],
      ['will be studied line by line', 'Tomás Ruiz'],
    ],
  },
  {
    file: 'en-text-llama4.txt',
    title: 'Meta Releases Llama 4 Scout and Maverick, Keeps EU Developers Out',
    publisher: 'Frontier Dispatch',
    published: '2025-04-06',
    figures: [f(17, 'bn parameters'), f(10, 'm tokens'), f(400, 'bn parameters'), f(128, 'experts')],
    quotes: [
      ['betting that openness wins developers', 'Karen Liu'],
      ['will frustrate European startups', 'Karen Liu'],
    ],
  },
  {
    file: 'en-html-mistral.html',
    title: 'Mistral Small 3',
    publisher: 'Mistral AI',
    published: '2025-01-30',
    figures: [f(24, 'bn parameters'), f(81, '%'), f(150, 'tokens/s'), f(3, 'x'), f(1000, 'prompts')],
    quotes: [],
  },
  {
    file: 'ru-text-nvidia-selloff.txt',
    title: 'Акции Nvidia рухнули после выхода модели DeepSeek',
    publisher: 'Деловой вестник',
    published: '2025-01-28',
    figures: [
      f(-16.86, '%'), f(-589, 'USD bn'), f(118.58, 'USD'), f(-24.04, 'USD'), f(-20.1, 'USD bn'), f(5.6, 'USD m'),
      f(-10, '%'), f(-3, '%'), f(3.18, '%'),
    ],
    quotes: [
      ['отличное достижение в области искусственного интеллекта', 'Nvidia'],
      ['Рынок переоценил угрозу', 'Ирина Соколова'],
      ['распродажа окажется временной', 'Ирина Соколова'],
    ],
  },
  {
    file: 'ru-html-alphabet-capex.html',
    title: 'Alphabet потратит на ИИ около 75 млрд долларов',
    publisher: 'Технологии и рынки',
    published: '2025-02-05',
    figures: [f(75, 'USD bn'), f(16, 'USD bn', 18), f(80, 'USD bn'), f(60, 'USD bn', 65)],
    quotes: [
      ['рассуждающие модели требуют гораздо больше вычислений', 'Максим Орлов'],
      ['Гонка расходов на ИИ только начинается', 'Максим Орлов'],
    ],
  },
  {
    file: 'de-text-meta-capex.txt',
    title: 'Zuckerberg hält trotz DeepSeek an Milliardeninvestitionen fest',
    publisher: 'Wirtschaftsblick',
    published: '2025-01-30',
    figures: [
      f(48.4, 'USD bn'), f(21, '%'), f(20.8, 'USD bn'), f(60, 'USD bn', 65), f(58, 'EUR bn', 62), f(39.2, 'USD bn'),
      f(5.6, 'USD m'), f(2000, 'GPUs'), f(-589, 'USD bn'), f(4.8, '%'),
    ],
    quotes: [
      ['wahrscheinlich noch zu früh', 'Mark Zuckerberg'],
      ['weltweiten Open-Source-Standard', 'Mark Zuckerberg'],
    ],
  },
  {
    file: 'de-html-nvidia-h20.html',
    title: 'Nvidia: Umsatzsprung trotz H20-Belastung',
    publisher: 'Techmarkt Aktuell',
    published: '2025-05-28',
    figures: [
      f(44.1, 'USD bn'), f(12, '%'), f(69, '%'), f(39.1, 'USD bn'), f(3.8, 'USD bn'), f(4.5, 'USD bn'), f(60.5, '%'),
      f(73, '%'), f(21.6, 'USD bn'), f(18.8, 'USD bn'),
    ],
    quotes: [['H20-Exportverbot ist schmerzhaft', 'Miriam Vogt']],
  },
];

function sameFigure(found: { value: number; upto?: number; unit: string }, expected: ExpectedFigure): boolean {
  const close = (a: number | undefined, b: number | undefined) => (a === undefined ? b === undefined : b !== undefined && Math.abs(a - b) < 1e-9);
  return found.unit === expected.unit && close(found.value, expected.value) && close(found.upto, expected.upto);
}

const drafts = new Map<string, DraftNote>(
  EXPECTED.map(({ file }) => [
    file,
    draftNote(readFileSync(dir + file, 'utf8'), { topics: TOPICS, today: new Date(Date.UTC(2026, 0, 1)), fileName: file }),
  ]),
);

interface Measure {
  expected: number;
  matched: number;
  found: number;
  correct: number;
  quotes: number;
  attributed: number;
}

function measure(item: Expected): Measure {
  const { note } = drafts.get(item.file)!;
  return {
    expected: item.figures.length,
    matched: item.figures.filter((e) => note.figures.some((x) => sameFigure(x, e))).length,
    found: note.figures.length,
    correct: note.figures.filter((x) => item.figures.some((e) => sameFigure(x, e))).length,
    quotes: item.quotes.length,
    attributed: item.quotes.filter(([piece, by]) => note.quotes.some((q) => q.text.includes(piece) && q.by === by)).length,
  };
}

const percent = (n: number) => `${(n * 100).toFixed(1)}%`;

describe('ingest: fixture articles', () => {
  it.each(EXPECTED)('$file: title, publisher and date', ({ file, title, publisher, published }) => {
    const { note } = drafts.get(file)!;
    expect(note.title).toBe(title);
    expect(note.source.title).toBe(title);
    expect(note.source.publisher).toBe(publisher);
    expect(note.source.published?.toISOString().slice(0, 10)).toBe(published);
    expect(note.draft).toBe(true);
    expect(note.summary).toBe('');
    expect(note.topics.length).toBeGreaterThan(0);
  });

  it.each(EXPECTED)('$file: every figure has a label, a unit and an ordered range', ({ file }) => {
    for (const figure of drafts.get(file)!.note.figures) {
      expect(figure.label.trim()).not.toBe('');
      expect(figure.unit.trim()).not.toBe('');
      if (figure.upto !== undefined) expect(figure.upto).toBeGreaterThan(figure.value);
    }
  });

  it('meets the bars over all fixtures: figure recall ≥ 80%, precision ≥ 70%, quotes with their speaker ≥ 60%', () => {
    const rows = EXPECTED.map((item) => ({ file: item.file, ...measure(item) }));
    const sum = (key: keyof Measure) => rows.reduce((total, row) => total + row[key], 0);
    const recall = sum('matched') / sum('expected');
    const precision = sum('correct') / sum('found');
    const quotes = sum('attributed') / sum('quotes');
    console.log(
      [
        'ingest fixture rates:',
        ...rows.map(
          (r) =>
            `  ${r.file.padEnd(56)} figures: ${r.matched}/${r.expected} expected found, ${r.correct}/${r.found} found correct; quotes with speaker: ${r.attributed}/${r.quotes}`,
        ),
        `  figure recall ${percent(recall)} (bar 80%), precision ${percent(precision)} (bar 70%), quotes with speaker ${percent(quotes)} (bar 60%)`,
      ].join('\n'),
    );
    expect(recall).toBeGreaterThanOrEqual(0.8);
    expect(precision).toBeGreaterThanOrEqual(0.7);
    expect(quotes).toBeGreaterThanOrEqual(0.6);
  });
});
