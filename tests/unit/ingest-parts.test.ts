/** The pieces of src/lib/ingest, table by table: numbers, quotes, boilerplate, dates, names, topics, input. */
import { describe, expect, it } from 'vitest';
import { isBoilerplateLine, readCopyright, readFooter } from '../../src/lib/ingest/boilerplate.ts';
import { dateInFileName, findDates, parsePublished } from '../../src/lib/ingest/dates.ts';
import { figuresInSentence, findFigures } from '../../src/lib/ingest/figures.ts';
import { decodeArticle, looksLikeHtml, NotUtf8Error, readArticle, slugFromTitle } from '../../src/lib/ingest/index.ts';
import { detectLanguage, type Language } from '../../src/lib/ingest/language.ts';
import { findEntities } from '../../src/lib/ingest/names.ts';
import { joinWrappedLines } from '../../src/lib/ingest/paragraphs.ts';
import { findQuotes } from '../../src/lib/ingest/quotes.ts';
import { splitSentences } from '../../src/lib/ingest/sentences.ts';
import { suggestTopics } from '../../src/lib/ingest/topics.ts';

const figures = (sentence: string, language: Language = 'en') =>
  figuresInSentence(sentence, { language }).map(({ value, upto, unit }) => (upto === undefined ? { value, unit } : { value, upto, unit }));

describe('ingest: figures', () => {
  it.each<[string, Language, object[]]>([
    ['Revenue was $48.4 billion.', 'en', [{ value: 48.4, unit: 'USD bn' }]],
    ['It cost US$5.6m to train.', 'en', [{ value: 5.6, unit: 'USD m' }]],
    ['Sales reached €1.2bn and £300 million.', 'en', [{ value: 1.2, unit: 'EUR bn' }, { value: 300, unit: 'GBP m' }]],
    ['The deal is worth ¥2 trillion.', 'en', [{ value: 2, unit: 'JPY tn' }]],
    ['It pays $500 thousand a year.', 'en', [{ value: 500000, unit: 'USD' }]],
    ['Shares cost $8.02 each.', 'en', [{ value: 8.02, unit: 'USD' }]],
    ['Der Umsatz lag bei 4,5 Mrd. Euro.', 'de', [{ value: 4.5, unit: 'EUR bn' }]],
    ['Es kostete 5,6 Mio. US-Dollar.', 'de', [{ value: 5.6, unit: 'USD m' }]],
    ['Der Konzern beschäftigt 12.000 Mitarbeiter.', 'de', [{ value: 12000, unit: 'Mitarbeiter' }]],
    ['Выручка составила 1,2 трлн рублей.', 'ru', [{ value: 1.2, unit: 'RUB tn' }]],
    ['Сделка оценивается в 589 млрд долларов.', 'ru', [{ value: 589, unit: 'USD bn' }]],
    ['В компании работают 15 000 сотрудников.', 'ru', [{ value: 15000, unit: 'сотрудников' }]],
    ['Revenue grew 21% and margins rose 3 percentage points.', 'en', [{ value: 21, unit: '%' }, { value: 3, unit: 'pp' }]],
    ['It runs 3x faster, a 10-fold gain.', 'en', [{ value: 3, unit: 'x' }, { value: 10, unit: 'x' }]],
    ['Модель работает в 3 раза быстрее.', 'ru', [{ value: 3, unit: 'x' }]],
    ['It trained on 2,000 slower Nvidia GPUs with 500 employees.', 'en', [{ value: 2000, unit: 'GPUs' }, { value: 500, unit: 'employees' }]],
    ['It has 671 billion parameters and reads 60 tokens per second.', 'en', [{ value: 671, unit: 'bn parameters' }, { value: 60, unit: 'tokens/s' }]],
  ])('%s', (sentence, language, expected) => {
    expect(figures(sentence, language)).toEqual(expected);
  });

  it.each<[string, Language, object]>([
    ['Meta expects to spend $60 billion to $65 billion.', 'en', { value: 60, upto: 65, unit: 'USD bn' }],
    ['The budget is $64–72bn.', 'en', { value: 64, upto: 72, unit: 'USD bn' }],
    ['It will spend between $60 and $65 billion.', 'en', { value: 60, upto: 65, unit: 'USD bn' }],
    ['Growth of 8% to 15% is expected.', 'en', { value: 8, upto: 15, unit: '%' }],
    ['Revenue will range from $39.5 billion to $41.8 billion.', 'en', { value: 39.5, upto: 41.8, unit: 'USD bn' }],
    ['Geplant sind 60 bis 65 Milliarden Dollar.', 'de', { value: 60, upto: 65, unit: 'USD bn' }],
    ['Geplant sind zwischen 60 und 65 Mrd. Euro.', 'de', { value: 60, upto: 65, unit: 'EUR bn' }],
    ['Компания потратит от 16 до 18 млрд долларов.', 'ru', { value: 16, upto: 18, unit: 'USD bn' }],
    ['Компания потратит 60–65 млрд долларов.', 'ru', { value: 60, upto: 65, unit: 'USD bn' }],
  ])('range: %s', (sentence, language, expected) => {
    expect(figures(sentence, language)).toEqual([expected]);
  });

  it.each<[string, Language, object[]]>([
    ['Nvidia lost $589 billion in market value.', 'en', [{ value: -589, unit: 'USD bn' }]],
    ['The shares fell 17% to $118.58.', 'en', [{ value: -17, unit: '%' }, { value: 118.58, unit: 'USD' }]],
    ['Free cash flow fell to $13.2 billion from $15.5 billion.', 'en', [{ value: 13.2, unit: 'USD bn' }, { value: 15.5, unit: 'USD bn' }]],
    ['The sell-off wiped $1 trillion off chip stocks.', 'en', [{ value: -1, unit: 'USD tn' }]],
    ['The company shed 4,000 jobs and its shares dropped 3%.', 'en', [{ value: -4000, unit: 'jobs' }, { value: -3, unit: '%' }]],
    ['Profit declined 5% while revenue rose 2%.', 'en', [{ value: -5, unit: '%' }, { value: 2, unit: '%' }]],
    ['Die Aktie fiel um 17 Prozent.', 'de', [{ value: -17, unit: '%' }]],
    ['Nvidia verlor 589 Milliarden Dollar an Börsenwert.', 'de', [{ value: -589, unit: 'USD bn' }]],
    ['Акции упали на 16,86%.', 'ru', [{ value: -16.86, unit: '%' }]],
    ['Компания потеряла 589 млрд долларов.', 'ru', [{ value: -589, unit: 'USD bn' }]],
  ])('falls: %s', (sentence, language, expected) => {
    expect(figures(sentence, language)).toEqual(expected);
  });

  it.each([
    'Mon Tue Wed Thu Fri 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31',
    'In 2025 the company moved its offices, on Wednesday (Jan. 29).',
    'The report was published on 30.01.2025 and updated 29 января 2025 года.',
    'Issue #214 has 12 comments and takes 4 min read.',
    'Claude 4, GPT-4o, Llama 3.1, 3.5 Sonnet and the H20 chip were compared with Qwen3-235B-A22B.',
    'Llama 4-mini is nearly done; Gemini 2.0 and Llama 3 models follow.',
  ])('no figure in: %s', (sentence) => {
    expect(figures(sentence)).toEqual([]);
  });

  it('labels a figure from its sentence and names the entity in it', () => {
    const [revenue, growth] = figuresInSentence('In the fourth quarter of 2024, Meta reported revenue of $48.4 billion, up 21% from a year earlier.', {
      language: 'en',
      entities: ['Meta'],
    });
    expect(revenue).toMatchObject({ label: 'Q4 2024 revenue', entity: 'Meta', period: '2024-Q4' });
    expect(growth).toMatchObject({ label: 'Q4 2024 revenue growth, year on year', entity: 'Meta' });
  });

  it('reads this year and last year against the year of the article', () => {
    const [capex] = figuresInSentence('That is up from the $39.2 billion it spent in capex last year.', { language: 'en', year: 2025 });
    expect(capex).toMatchObject({ label: '2024 capex', period: '2024' });
  });

  it('keeps one of identical figures', () => {
    const found = findFigures(['Meta will spend $65 billion.', 'Again: $65 billion.'], { language: 'en' });
    expect(found).toHaveLength(1);
  });

  it('takes ¥ for the yuan in an article about China', () => {
    const found = findFigures(['The Chinese lab charges ¥8 per million tokens.'], { language: 'en' });
    expect(found[0]).toMatchObject({ value: 8, unit: 'CNY per m tokens' });
  });
});

describe('ingest: quotes', () => {
  const quote = (paragraphs: string[], language: Language = 'en') => findQuotes(paragraphs, language).map(({ text, by, role }) => ({ text, by, role }));

  it.each<[string, string[], Language, { text: string; by: string; role?: string }[]]>([
    [
      '"…," he said — the last person named',
      ['Meta CEO Mark Zuckerberg spoke on Wednesday.', '“It’s probably too early to have a strong opinion,” he said.'],
      'en',
      [{ text: 'It’s probably too early to have a strong opinion', by: 'Mark Zuckerberg', role: 'CEO, Meta' }],
    ],
    [
      '"…," said X',
      ['"We will keep building data centers," said Jane Roe, an analyst at Example Securities.'],
      'en',
      [{ text: 'We will keep building data centers', by: 'Jane Roe', role: undefined }],
    ],
    [
      '"…," X added, family name resolved',
      ['Sam Altman was there.', '"This is the most important project we have," Altman added.'],
      'en',
      [{ text: 'This is the most important project we have', by: 'Sam Altman', role: undefined }],
    ],
    [
      'X said that "…", straight quotes',
      ['Karen Liu follows the company. Liu said the rule "will frustrate European startups that wanted it."'],
      'en',
      [{ text: 'will frustrate European startups that wanted it.', by: 'Karen Liu', role: undefined }],
    ],
    [
      'according to X',
      ['"Demand for compute is not going away," according to Nvidia.'],
      'en',
      [{ text: 'Demand for compute is not going away', by: 'Nvidia', role: undefined }],
    ],
    [
      'a quote that carries on the previous one',
      ['Mark Zuckerberg was asked.', '“There’s going to be an open-source standard globally,” he said. “For our own national advantage, it’s important that it’s an American standard.”'],
      'en',
      [
        { text: 'There’s going to be an open-source standard globally', by: 'Mark Zuckerberg', role: undefined },
        { text: 'For our own national advantage, it’s important that it’s an American standard.', by: 'Mark Zuckerberg', role: undefined },
      ],
    ],
    [
      'German „…“, sagte X',
      ['Meta-Chef Mark Zuckerberg blieb vorsichtig. „Es ist noch zu früh für eine Meinung“, sagte Zuckerberg.'],
      'de',
      [{ text: 'Es ist noch zu früh für eine Meinung', by: 'Mark Zuckerberg', role: 'Chef, Meta' }],
    ],
    [
      'Russian «…», — отметила она, with the name in another case',
      ['Аналитик Ирина Соколова считает реакцию чрезмерной.', '«Рынок переоценил эту угрозу», — отметила Соколова. «Скорее всего, распродажа окажется временной», — добавила она.'],
      'ru',
      [
        { text: 'Рынок переоценил эту угрозу', by: 'Ирина Соколова', role: undefined },
        { text: 'Скорее всего, распродажа окажется временной', by: 'Ирина Соколова', role: undefined },
      ],
    ],
  ])('%s', (_, paragraphs, language, expected) => {
    expect(quote(paragraphs, language)).toEqual(expected);
  });

  it('leaves out scare quotes and quotes nobody is named for', () => {
    expect(quote(['Users pin “community notes” to posts.', '“Nobody knows who said this one at all.”'])).toEqual([]);
  });
});

describe('ingest: boilerplate', () => {
  it.each([
    'Mon Tue Wed Thu Fri Sat Sun',
    'Пн Вт Ср Чт Пт Сб Вс',
    '1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30',
    '31',
    'Январь',
    'January 2025',
    '12 comments',
    '5 комментариев',
    '12 Kommentare',
    '4 min read',
    'Lesezeit: 4 Min.',
    'Время чтения: 3 минуты',
    'Home | Markets | Tech | Earnings',
    'Startseite › Wirtschaft › Technologie',
    'We use cookies to improve your experience.',
    'Share this article',
    'Advertisement',
    'Related: Nvidia sheds $589 billion',
    '© 2025 Example Media. All rights reserved.',
  ])('drops %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each(['Meta reported revenue of $48.4 billion.', 'AI Infrastructure', 'Nvidia lost 17% on Monday, its worst day since 2020.'])('keeps %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });

  it.each([
    ['The post Big News appeared first on PYMNTS.com.', 'Big News', 'PYMNTS.com'],
    ['Der Beitrag Große Neuigkeit erschien zuerst auf Wirtschaftsblick.', 'Große Neuigkeit', 'Wirtschaftsblick'],
    ['Сообщение Большая новость появились сначала на Деловой вестник.', 'Большая новость', 'Деловой вестник'],
  ])('reads the footer %s', (line, title, publisher) => {
    expect(readFooter(line)).toMatchObject({ title, publisher });
  });

  it('reads the copyright line', () => {
    expect(readCopyright('Copyright © 2024 The Token Report. All rights reserved.')).toBe('The Token Report');
  });

  it('joins hard-wrapped lines and keeps one-line paragraphs apart', () => {
    expect(joinWrappedLines(['“It is the first time an open model has matched', 'the frontier,” said Tomás Ruiz.', '', 'Next paragraph.'])).toEqual([
      '“It is the first time an open model has matched the frontier,” said Tomás Ruiz.',
      'Next paragraph.',
    ]);
    expect(joinWrappedLines(['A heading', 'Short line.'])).toEqual(['A heading', 'Short line.']);
  });

  it('splits sentences but not at abbreviations, initials or German ordinals', () => {
    expect(splitSentences('On Wednesday (Jan. 29) the U.S. AI industry moved. Mr. Smith left.')).toEqual([
      'On Wednesday (Jan. 29) the U.S. AI industry moved.',
      'Mr. Smith left.',
    ]);
    expect(splitSentences('Der Umsatz stieg um 4,5 Mrd. Euro. Am 30. Januar fiel die Aktie.')).toHaveLength(2);
  });
});

describe('ingest: dates and language', () => {
  it.each<[string, Language, string | undefined]>([
    ['2025-01-30T23:30:00-05:00', 'en', '2025-01-30'],
    ['2025-01-30', 'en', '2025-01-30'],
    ['January 30, 2025', 'en', '2025-01-30'],
    ['30. Januar 2025', 'de', '2025-01-30'],
    ['30.01.2025, 14:05 Uhr', 'de', '2025-01-30'],
    ['30 января 2025 года', 'ru', '2025-01-30'],
    ['Wednesday (Jan. 29)', 'en', undefined],
    ['2025-02-30', 'en', undefined],
  ])('parses %s', (text, language, expected) => {
    expect(parsePublished(text, language)).toBe(expected);
  });

  it('finds only complete dates in text', () => {
    expect(findDates('On Monday (Jan. 27) and in 2025, then on January 29, 2025.', 'en').map((d) => d.day)).toEqual(['2025-01-29']);
  });

  it('reads a date at the start of a file name', () => {
    expect(dateInFileName('sources/2025-01-30-pymnts.txt')).toBe('2025-01-30');
    expect(dateInFileName('pymnts-2025.txt')).toBeUndefined();
  });

  it.each<[string, Language]>([
    ['The company said that it will spend more on data centers this year.', 'en'],
    ['Der Konzern will in diesem Jahr mehr für die Rechenzentren ausgeben und das ist nicht wenig.', 'de'],
    ['Компания заявила, что потратит больше на центры обработки данных.', 'ru'],
  ])('detects the language of %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

describe('ingest: names, topics, slugs, input', () => {
  it('lists recurring names, not sentence openers, months or one-offs', () => {
    const entities = findEntities(
      [
        'Meta CEO Mark Zuckerberg spoke in January. Meta will spend more.',
        'But Zuckerberg said DeepSeek is impressive. DeepSeek trained cheaply. Wall Street noticed.',
      ],
      'en',
    );
    expect(entities).toEqual(['Meta', 'Mark Zuckerberg', 'DeepSeek']);
  });

  it('merges a Russian name through its cases', () => {
    expect(findEntities(['Глава компании Марк Цукерберг выступил. Слова Цукерберга обсуждают.', 'Аналитики спорят о Цукерберге.'], 'ru')).toEqual(['Марк Цукерберг']);
  });

  const topics = [
    { slug: 'ai-capex', title: 'AI capex', description: 'Data-center and AI infrastructure spending.', keywords: ['capital expenditures'] },
    { slug: 'chips', title: 'Chips', description: 'Accelerators, their makers and their supply.', keywords: ['GPU', 'Nvidia'] },
    { slug: 'ai-regulation', title: 'AI regulation', description: 'Rules and export controls.', keywords: ['Экспортный контроль'] },
  ];

  it('suggests topics from titles, descriptions and keywords', () => {
    expect(suggestTopics('Meta raises capital expenditures', ['Meta will raise capital expenditures for AI infrastructure.'], topics).map((t) => t.slug)).toEqual(['ai-capex']);
    expect(suggestTopics('Nvidia sells more GPUs', ['Nvidia shipped GPUs.'], topics)[0]!.slug).toBe('chips');
    expect(suggestTopics('Новые правила', ['Экспортный контроль ужесточили.'], topics)[0]!.slug).toBe('ai-regulation');
  });

  it('always suggests one topic, marked as a placeholder when nothing matched', () => {
    const [only, ...rest] = suggestTopics('Football results', ['The match ended 2-1.'], topics);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ score: 0, matched: [] });
  });

  it.each([
    ['Zuckerberg Weighs In on DeepSeek and AI Spending', 'zuckerberg-weighs-in-on-deepseek-and-ai-spending'],
    ['Акции Nvidia рухнули', 'акции-nvidia-рухнули'],
    [
      'A very long headline about an AI model release that goes on and on well past any reasonable length for a URL',
      'a-very-long-headline-about-an-ai-model-release-that-goes-on',
    ],
    ['???', 'note'],
  ])('slugs %s', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
    expect(slugFromTitle(title).length).toBeLessThanOrEqual(60);
  });

  it('refuses bytes that are not UTF-8, naming the input', () => {
    const latin1 = Uint8Array.from([0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68]); // "Zürich" in Latin-1
    expect(() => decodeArticle(latin1, 'page.txt')).toThrow(NotUtf8Error);
    expect(() => decodeArticle(latin1, 'page.txt')).toThrow(/page\.txt is not UTF-8/);
    expect(decodeArticle(new TextEncoder().encode('\uFEFFZürich'), 'x')).toBe('Zürich');
  });

  it('tells HTML from text', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe(true);
    expect(looksLikeHtml('<p>One</p>\n<p>Two</p>\n<p>Three</p>')).toBe(true);
    expect(looksLikeHtml('Revenue rose 5% <and> fell.\nSecond line.')).toBe(false);
  });

  it('reads an HTML page without its furniture', () => {
    const article = readArticle(
      '<html lang="en"><head><meta property="og:title" content="Chips sold out"><meta property="og:site_name" content="Example News">' +
        '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://example.com/chips"></head><body>' +
        '<div class="cookie-banner">We use cookies. Accept</div><nav>Home News</nav><article><h1>Chips sold out</h1>' +
        '<p>Nvidia sold 10,000 GPUs.</p><aside><p>Related: Intel cuts 15,000 jobs</p></aside><script>var a = "5%";</script></article></body></html>',
    );
    expect(article).toMatchObject({ title: { value: 'Chips sold out' }, publisher: { value: 'Example News' }, url: { value: 'https://example.com/chips' } });
    expect(article.paragraphs).toEqual(['Nvidia sold 10,000 GPUs.']);
  });
});
