import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardsReport } from '../../src/integrations/cards-report.ts';
import { buildCatalog, type NoteInput } from '../../src/lib/catalog/index.ts';
import { readCodePoints } from '../../src/lib/cards/cmap.ts';
import { chooseFonts } from '../../src/lib/cards/fonts.ts';
import {
  briefCard,
  cachedCard,
  cardAlt,
  cardKey,
  catalogCards,
  entityCard,
  noteCard,
  prepareCard,
  pruneCards,
  renderCard,
  renderSvg,
  siteCard,
  svgToPng,
  topicCard,
  type CardModel,
  type CardSite,
  type CardTrend,
  type PreparedCard,
} from '../../src/lib/cards/index.ts';
import { normalizeText } from '../../src/lib/cards/prepare.ts';
import { graphemes } from '../../src/lib/text.ts';
import { parseUnicodeRange } from '../../src/lib/cards/unicode-range.ts';
import { readUsage, startUsageLog, endUsageLog } from '../../src/lib/cards/usage.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { formatFigure } from '../../src/lib/figures.ts';
import { SITE_DEFAULTS } from '../../src/lib/config/site-config.ts';
import { cardCharacters, cmapProblems, emojiProblems, pngSize, renderProblems } from './cards-glyphs.ts';

const OUTPUT = path.join(import.meta.dirname, '..', '.output', 'cards');

function note(slug: string, data: Partial<NoteInput['data']> & { date: Date }): NoteInput {
  return {
    slug,
    data: {
      title: `Note ${slug}`,
      summary: 'A summary.',
      topics: ['ai-capex'],
      entities: [],
      source: { title: 'Source', publisher: 'Reuters' },
      figures: [],
      quotes: [],
      draft: false,
      ...data,
    },
  };
}

const S: CardSite = { name: 'Quarterdeck', tagline: SITE_DEFAULTS.tagline, colors: SITE_DEFAULTS.colors };
const NO_TREND: CardTrend = { counts: [], first: '', last: '' };

const catalog = buildCatalog({
  topics: [
    { slug: 'ai-capex', data: { title: 'AI capex', description: 'Spending.', keywords: [] } },
    { slug: 'chips', data: { title: 'Chips', description: 'Semiconductors.', keywords: [] } },
  ],
  briefs: [
    {
      slug: '2025-q1',
      data: { quarter: '2025-Q1', title: 'The DeepSeek shock meets the capex boom', summary: 'S.', published: new Date('2025-04-02'), draft: false },
    },
  ],
  notes: [
    note('stargate', {
      title: 'Stargate: USD 100 bn now, up to USD 500 bn over four years',
      date: new Date('2025-01-21'),
      entities: ['Stargate', 'OpenAI'],
      source: { title: 'S', publisher: 'The Times of Israel' },
      figures: [
        { label: 'Initial investment', entity: 'Stargate', value: 100, unit: 'USD bn' },
        { label: 'Total investment over four years', entity: 'Stargate', value: 100, upto: 500, unit: 'USD bn' },
      ],
    }),
    note('selloff', {
      title: 'Nvidia loses USD 589 bn in a day',
      date: new Date('2025-01-27'),
      topics: ['chips', 'ai-capex'],
      entities: ['Nvidia', 'Яндекс'],
      figures: [
        { label: 'Market-value loss in one day', entity: 'Nvidia', value: -589, unit: 'USD bn' },
        { label: 'Share price fall', entity: 'Nvidia', value: 17, unit: '%' },
      ],
    }),
    note('selloff-hk', {
      title: 'The sell-off seen from Hong Kong',
      date: new Date('2025-01-28'),
      topics: ['chips'],
      entities: ['Nvidia'],
      figures: [{ label: 'Market-value change in one day', entity: 'Nvidia', value: -589, unit: 'USD bn' }],
    }),
    note('capex', {
      title: 'Alphabet plans about USD 75 bn of capex in 2025',
      date: new Date('2025-02-04'),
      entities: ['Alphabet'],
      figures: [{ label: '2025 capex plan', entity: 'Alphabet', value: 75, unit: 'USD bn' }],
    }),
    note('q2', { title: 'Nvidia takes in USD 44.1 bn', date: new Date('2025-05-28'), entities: ['Nvidia'] }),
  ],
});

const q1 = catalog.quarter('2025-q1')!;
const q2 = catalog.quarter('2025-q2')!;

describe('card models', () => {
  it('a brief shows its quarter, title and the first three of its "By the numbers", formatted by formatFigure', () => {
    const card = briefCard(q1, S);
    expect(card).toMatchObject({ kind: 'brief', slug: '2025-q1', quarter: '2025-Q1', title: q1.brief!.title, published: true, site: S });
    expect(card.figures).toHaveLength(3);
    expect(card.figures).toEqual(
      q1.numbers.slice(0, 3).map((row) => ({ value: formatFigure(row.figure), label: row.figure.label, entity: row.figure.entityRef!.name })),
    );
    // One fact, two notes: the −$589 bn loss is shown once.
    expect(card.figures.filter((f) => f.value === '−$589 bn')).toHaveLength(1);
  });

  it('a quarter without a brief gets a plain title and is marked unpublished', () => {
    expect(briefCard(q2, S)).toMatchObject({ kind: 'brief', site: S, slug: '2025-q2', quarter: '2025-Q2', title: 'Notes from 2025-Q2', published: false, figures: [] });
  });

  it('a note shows its title, publisher, date, topic titles and its headline figure', () => {
    const card = noteCard(catalog.note('selloff')!, catalog, S);
    expect(card).toEqual({
      kind: 'note',
      site: S,
      slug: 'selloff',
      title: 'Nvidia loses USD 589 bn in a day',
      publisher: 'Reuters',
      date: formatDate(new Date('2025-01-27')),
      topics: ['Chips', 'AI capex'],
      figure: { value: '−$589 bn', label: 'Market-value loss in one day', entity: 'Nvidia' },
    });
    expect(noteCard(catalog.note('q2')!, catalog, S).figure).toBeUndefined();
  });

  it('topics and entities show a name, description, note count and notes per quarter; the site its name and tagline', () => {
    const trend = { first: '2025-Q1', last: '2025-Q2' };
    expect(topicCard(catalog.topic('chips')!, S)).toEqual({ kind: 'topic', site: S, slug: 'chips', title: 'Chips', description: 'Semiconductors.', noteCount: 2, trend: { ...trend, counts: [2, 0] } });
    expect(entityCard(catalog.entity('nvidia')!, S)).toEqual({ kind: 'entity', site: S, slug: 'nvidia', name: 'Nvidia', noteCount: 3, trend: { ...trend, counts: [2, 1] } });
    expect(entityCard(catalog.entity('яндекс')!, S)).toMatchObject({ slug: 'яндекс', name: 'Яндекс', noteCount: 1 });
    expect(siteCard(S)).toEqual({ kind: 'site', slug: 'site', site: S });
  });

  it('the card route covers every quarter (published or not), note, topic and entity', () => {
    const cards = catalogCards(catalog, S);
    const ids = cards.map((c) => `${c.kind}/${c.slug}`);
    expect(ids).toContain('brief/2025-q1');
    expect(ids).toContain('brief/2025-q2');
    expect(ids).toContain('entity/яндекс');
    expect(cards).toHaveLength(catalog.quarters.length + catalog.notes.length + catalog.topics.length + catalog.entities.length);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('alt text says what the card shows', () => {
    expect(cardAlt(topicCard(catalog.topic('chips')!, S))).toBe('Topic: Chips, 2 notes; notes per quarter 2025-Q1 to 2025-Q2: 2, 0');
    expect(cardAlt(entityCard(catalog.entity('яндекс')!, S))).toBe('Яндекс: 1 note; notes per quarter 2025-Q1 to 2025-Q2: 1, 0');
    expect(cardAlt(briefCard(q2, S))).toBe('2025-Q2 notes, brief not yet published: Notes from 2025-Q2');
    expect(cardAlt(briefCard(q1, S))).toContain('2025-Q1 brief: The DeepSeek shock meets the capex boom');
  });
});

describe('unicode ranges and cmaps', () => {
  it('parses CSS unicode-range values', () => {
    expect(parseUnicodeRange('U+0000-00FF,U+0131, U+4??')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x400, 0x4ff],
    ]);
  });

  it('reads the same code points as satori’s own font parser', async () => {
    const { createRequire } = await import('node:module');
    const fromSatori = createRequire(createRequire(import.meta.url).resolve('satori/package.json'));
    const opentype = fromSatori('@shuding/opentype.js');
    const files = [
      '@fontsource/inter/files/inter-latin-ext-400-normal.woff',
      '@fontsource/inter/files/inter-greek-700-normal.woff',
      '@fontsource/noto-sans-sc/files/noto-sans-sc-101-400-normal.woff',
      '@fontsource/noto-sans-jp/files/noto-sans-jp-119-700-normal.woff',
    ];
    for (const file of files) {
      const data = readFileSync(path.join('node_modules', file));
      const ours = readCodePoints(data);
      const theirs = opentype.parse(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength), { lowMemory: true });
      expect(ours.size).toBeGreaterThan(50);
      for (let cp = 0x20; cp < 0xffff; cp++) {
        if (cp >= 0xd800 && cp <= 0xdfff) continue;
        expect(ours.has(cp), `${file} U+${cp.toString(16)}`).toBe(theirs.charToGlyphIndex(String.fromCodePoint(cp)) !== 0);
      }
    }
  });
});

describe('font selection', () => {
  const cjkFonts = (card: PreparedCard) => card.fonts.filter((f) => f.name.startsWith('noto-sans-')).map((f) => f.name);
  const codePoints = (text: string) => [...new Set([...text].map((c) => c.codePointAt(0)!))];

  it('a Latin card loads Inter only', () => {
    const card = prepareCard(topicCard(catalog.topic('chips')!, S));
    expect(new Set(card.fonts.map((f) => f.name))).toEqual(new Set(['inter-latin']));
  });

  it('Cyrillic and Greek come from Inter’s subsets (satori has no script code for Cyrillic)', () => {
    const card = prepareCard({ kind: 'entity', site: S, slug: 'x', name: 'Яндекс и Ωμέγα', noteCount: 1, trend: NO_TREND });
    expect(new Set(card.fonts.map((f) => f.name))).toEqual(new Set(['inter-latin', 'inter-cyrillic', 'inter-greek']));
  });

  it('CJK loads only the subset files that hold the card’s characters', () => {
    const title = '深度求索发布开源模型，英伟达市值蒸发';
    const card = prepareCard({ kind: 'topic', site: S, slug: 'x', title, noteCount: 1, description: '', trend: NO_TREND });
    const names = [...new Set(cjkFonts(card))];
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.startsWith('noto-sans-sc-'))).toBe(true);
    // Never more files than characters, and far fewer than the family has.
    expect(names.length).toBeLessThanOrEqual(codePoints(title).length);
    expect(names.length).toBeLessThan(20);
    // Every loaded subset draws at least one of the card's characters that no earlier font draws.
    const texts = codePoints(cardCharacters(card).chars.size ? [...cardCharacters(card).chars.keys()].join('') : '');
    const covered = new Set<number>();
    const seen = new Set<string>();
    for (const font of card.fonts.filter((f) => f.weight === 400)) {
      if (seen.has(font.name)) continue;
      seen.add(font.name);
      const own = readCodePoints(font.data);
      const adds = texts.filter((cp) => own.has(cp) && !covered.has(cp));
      if (font.name !== 'inter-latin') expect(adds.length, `${font.name} adds nothing`).toBeGreaterThan(0);
      for (const cp of adds) covered.add(cp);
    }
  });

  it('kana make a card Japanese and hangul Korean, so Han characters take that language’s forms', () => {
    const ja = prepareCard({ kind: 'topic', site: S, slug: 'x', title: '半導体の輸出規制', noteCount: 1, description: '', trend: NO_TREND });
    expect(cjkFonts(ja).every((n) => n.startsWith('noto-sans-jp-'))).toBe(true);
    const ko = prepareCard({ kind: 'topic', site: S, slug: 'x', title: '삼성전자 반도체', noteCount: 1, description: '', trend: NO_TREND });
    expect(cjkFonts(ko).every((n) => n.startsWith('noto-sans-kr-'))).toBe(true);
  });

  it('a code point no font draws is reported as missing, not handed to satori', () => {
    const choice = chooseFonts(codePoints('Aب'), [400], 'zh');
    expect([...choice.missing]).toEqual([0x628]);
  });
});

/** Titles in every script the spec names, plus emoji and markup-like text. */
const SCRIPTS: [name: string, model: CardModel][] = [
  ['latin', { kind: 'note', site: S, slug: 'latin', title: 'Zuckerberg weighs DeepSeek against Meta’s spending plans — “no slowdown”', publisher: 'PYMNTS', date: '29 January 2025', topics: ['AI capex', 'Open-source models', 'Market reaction'] }],
  ['cyrillic', { kind: 'note', site: S, slug: 'cyrillic', title: 'Яндекс открывает YandexGPT 5 Lite для исследователей: «ёлка», Ђ, Є, Ї', publisher: 'Ведомости', date: '25 February 2025', topics: ['Открытые модели'] }],
  ['greek', { kind: 'topic', site: S, slug: 'greek', title: 'Η Ευρωπαϊκή Ένωση εγκρίνει τον νόμο για την τεχνητή νοημοσύνη', noteCount: 4, description: '', trend: NO_TREND }],
  ['chinese', { kind: 'note', site: S, slug: 'chinese', title: 'Nvidia AI 市場被 DeepSeek 震撼 市值蒸發近 4.6 萬億港元', publisher: 'LINE TODAY 香港', date: '28 January 2025', topics: ['市场反应'] }],
  ['japanese', { kind: 'topic', site: S, slug: 'japanese', title: 'ソフトバンク、OpenAIと合弁会社「SB OpenAI Japan」を設立', noteCount: 2, description: '', trend: NO_TREND }],
  ['korean', { kind: 'entity', site: S, slug: 'korean', name: '삼성전자, HBM3E 12단 제품 엔비디아 공급 승인', noteCount: 1, trend: NO_TREND }],
  ['emoji', { kind: 'note', site: S, slug: 'emoji', title: 'Launch day 🚀 for the thinking switch 🤯 👍🏽 🇯🇵 ❤️ and 🏳️‍🌈', publisher: 'Reuters ✅', date: '1 May 2025', topics: ['Model releases 🧠'] }],
  ['markup', { kind: 'note', site: S, slug: 'markup', title: '<script>alert("x")</script> & "quotes" <b>bold</b> &amp;', publisher: 'A & B "Media" <i>', date: '1 May 2025', topics: ['<img src=x onerror=alert(1)>'] }],
  ['brief', briefCard(q1, S)],
  ['long', { kind: 'brief', site: S, slug: '2025-q3', quarter: '2025-Q3', published: false, title: 'An extraordinarily long brief title that keeps going well past the point where any sensible editor would stop, to make sure it wraps to three lines and is then cut with an ellipsis rather than spilling out of the frame', figures: [{ value: '1,234,567,890 GPUs', label: 'An equally long label for a figure that has to be cut at two lines because the card has no more room for it', entity: 'Some Very Long Entity Name Incorporated' }, { value: '$60–65 bn', label: 'Capex' }, { value: '21%', label: 'Growth', entity: 'Meta' }] }],
  ['long-words', { kind: 'entity', site: S, slug: 'x', name: 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft', noteCount: 12, trend: NO_TREND }],
  ['site', siteCard(S)],
];

describe('rendering', () => {
  const rendered = new Map<string, { card: PreparedCard; svg: string; png: Uint8Array }>();

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    for (const [name, model] of SCRIPTS) {
      const card = prepareCard(model);
      const svg = await renderSvg(card);
      const png = await svgToPng(svg);
      writeFileSync(path.join(OUTPUT, `${name}.png`), png);
      rendered.set(name, { card, svg, png });
    }
  }, 60_000);

  it.each(SCRIPTS.map(([name]) => name))('%s: a 1200×630 PNG under 150 KB', (name) => {
    const { png } = rendered.get(name)!;
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.byteLength).toBeLessThan(150 * 1024);
  });

  it.each(SCRIPTS.map(([name]) => name))('%s: no character falls back to .notdef (cmap check)', (name) => {
    const { card } = rendered.get(name)!;
    expect(card.dropped).toEqual([]);
    expect(cmapProblems(card)).toEqual([]);
  });

  it.each(SCRIPTS.map(([name]) => name))('%s: no character is drawn as .notdef (rendering check)', async (name) => {
    expect(await renderProblems(rendered.get(name)!.card)).toEqual([]);
  }, 30_000);

  it('every character of the title reaches the card', () => {
    for (const [name, model] of SCRIPTS) {
      if (!('title' in model) || name === 'emoji') continue;
      const { chars } = cardCharacters(rendered.get(name)!.card);
      for (const char of normalizeText(model.title)) if (!/\s/u.test(char)) expect(chars.has(char), `${name}: ${char}`).toBe(true);
    }
  });

  it('emoji are Twemoji images, never boxes', () => {
    const { card, svg } = rendered.get('emoji')!;
    expect(Object.keys(card.emoji).sort()).toEqual(['✅', '❤️', '🇯🇵', '👍🏽', '🚀', '🤯', '🧠', '🏳️‍🌈'].sort());
    expect(emojiProblems(card, svg)).toEqual([]);
  });

  it('the checks fail when a glyph is missing (Cyrillic with only the Latin font)', async () => {
    const card = prepareCard({ kind: 'entity', site: S, slug: 'x', name: 'Яндекс', noteCount: 1, trend: NO_TREND });
    const latinOnly = { ...card, fonts: card.fonts.filter((f) => f.name === 'inter-latin') };
    const letters = ['Я', 'н', 'д', 'е', 'к', 'с'];
    const cmap = cmapProblems(latinOnly);
    const drawn = await renderProblems(latinOnly);
    for (const letter of letters) {
      expect(cmap.some((p) => p.includes(`"${letter}"`)), letter).toBe(true);
      expect(drawn.some((p) => p.includes(`"${letter}"`) && p.includes('.notdef')), letter).toBe(true);
    }
  }, 30_000);

  it('the checks fail when a CJK subset is missing', async () => {
    const card = prepareCard({ kind: 'topic', site: S, slug: 'x', title: '市場 ソフト 삼성', noteCount: 1, description: '', trend: NO_TREND });
    const withoutCjk = { ...card, fonts: card.fonts.filter((f) => f.name.startsWith('inter-')) };
    const cmap = cmapProblems(withoutCjk);
    const drawn = await renderProblems(withoutCjk);
    for (const char of '市場ソフト삼성') {
      expect(cmap.some((p) => p.includes(`"${char}"`)), char).toBe(true);
      expect(drawn.some((p) => p.includes(`"${char}"`)), char).toBe(true);
    }
  }, 30_000);

  it('a character no font has is left out instead of drawn as a box', async () => {
    const card = prepareCard({ kind: 'topic', site: S, slug: 'x', title: 'Arabic مرحبا and Tibetan ༀ', noteCount: 1, description: '', trend: NO_TREND });
    expect(card.dropped.length).toBeGreaterThan(0);
    expect(cmapProblems(card)).toEqual([]);
    expect(await renderProblems(card)).toEqual([]);
  }, 30_000);

  it('content text stays text: markup in titles is drawn literally, never parsed', async () => {
    const { card, svg } = rendered.get('markup')!;
    const { chars } = cardCharacters(card);
    for (const char of '<script>"&') expect(chars.has(char), char).toBe(true);
    expect(svg).not.toMatch(/<script|<b>|<i>|<img|onerror/i);
    // Drawn as <text> instead of outlines, the title comes back escaped, word by word.
    const asText = await renderSvg(card, { embedFont: false });
    const unescape = (text: string) =>
      text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');
    const texts = [...asText.matchAll(/<text [^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({ size: +m[1]!, text: unescape(m[2]!) }));
    const titleSize = Math.max(...texts.map((t) => t.size));
    const title = texts.filter((t) => t.size === titleSize).map((t) => t.text).join('');
    expect(title).toBe('<script>alert("x")</script> & "quotes" <b>bold</b> &amp;');
    expect(asText).not.toMatch(/<script|<b>|<img/i);
  });

  it('long titles wrap to at most three lines and end with an ellipsis; nothing leaves the frame', async () => {
    for (const name of ['long', 'long-words', 'latin', 'chinese', 'brief']) {
      const { card } = rendered.get(name)!;
      const svg = await renderSvg(card, { embedFont: false });
      const texts = [...svg.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)].map(
        (m) => ({ x: +m[1]!, y: +m[2]!, width: +m[3]!, height: +m[4]!, size: +m[5]!, text: m[6]! }),
      );
      expect(texts.length).toBeGreaterThan(0);
      for (const t of texts) {
        expect(t.x, `${name} ${t.text}`).toBeGreaterThanOrEqual(72 - 1);
        expect(t.x + t.width, `${name} ${t.text}`).toBeLessThanOrEqual(1200 - 72 + 1);
        expect(t.y, `${name} ${t.text}`).toBeLessThanOrEqual(630 - 40);
        expect(t.y - t.height, `${name} ${t.text}`).toBeGreaterThanOrEqual(14);
      }
      const titleSize = Math.max(...texts.map((t) => t.size));
      const titleLines = new Set(texts.filter((t) => t.size === titleSize).map((t) => t.y));
      expect(titleLines.size, name).toBeLessThanOrEqual(3);
      if (name === 'long') {
        expect(titleLines.size).toBe(3);
        expect(texts.filter((t) => t.size === titleSize).at(-1)!.text).toContain('…');
      }
    }
  });

  it('renderCard goes from a model to a PNG', async () => {
    expect(pngSize(await renderCard(siteCard(S)))).toEqual({ width: 1200, height: 630 });
  });
});

describe('cache', () => {
  let dir: string;
  const model: CardModel = { kind: 'topic', site: S, slug: 'chips', title: 'Chips', noteCount: 2, description: '', trend: NO_TREND };
  const changed: CardModel = { ...model, noteCount: 3 };

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'qd-cards-test-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('the key depends on what the card shows', () => {
    expect(cardKey(prepareCard(model))).toBe(cardKey(prepareCard({ ...model })));
    expect(cardKey(prepareCard(model))).not.toBe(cardKey(prepareCard(changed)));
    expect(cardKey(prepareCard(model))).toMatch(/^[0-9a-f]{64}$/);
    // Only what is shown counts: the slug names the file, not the picture.
    expect(cardKey(prepareCard({ ...model, slug: 'other' }))).toBe(cardKey(prepareCard(model)));
  });

  it('renders once, then reuses; a changed model renders again; prune removes what is unused', async () => {
    const first = await cachedCard(model, { dir });
    expect(first.status).toBe('rendered');
    const second = await cachedCard(model, { dir });
    expect(second.status).toBe('reused');
    expect(second.key).toBe(first.key);
    expect(Buffer.from(second.png).equals(Buffer.from(first.png))).toBe(true);
    const third = await cachedCard(changed, { dir });
    expect(third.status).toBe('rendered');
    expect(third.key).not.toBe(first.key);
    expect(readdirSync(dir).sort()).toEqual([`${first.key}.png`, `${third.key}.png`].sort());

    // Entries used after `before` survive even when not kept (a concurrent build's).
    expect(pruneCards(dir, new Set([third.key]), 0)).toBe(0);
    expect(pruneCards(dir, new Set([third.key]), Date.now() + 1000)).toBe(1);
    expect(readdirSync(dir)).toEqual([`${third.key}.png`]);
    expect((await cachedCard(changed, { dir })).status).toBe('reused');
  });

  it('the integration logs what the card endpoints rendered and read', async () => {
    const lines: string[] = [];
    const logger = { info: (line: string) => lines.push(line) };
    const hooks = cardsReport().hooks as Record<string, (options: unknown) => void>;
    hooks['astro:build:start']!({ logger });
    await cachedCard(changed, { dir }); // reused
    await cachedCard({ ...model, title: 'Chips and more' }, { dir }); // rendered
    hooks['astro:build:done']!({ logger });
    expect(lines).toEqual(['card endpoints: 1 rendered, 1 read from the card cache']);
    expect(process.env.QD_CARD_USAGE_LOG).toBeUndefined();
  });

  it('the usage log counts a card rendered and reused in one build once, as rendered', () => {
    const env: NodeJS.ProcessEnv = {};
    const log = startUsageLog(env);
    writeFileSync(
      log,
      [
        { dir: '/c', key: 'a', status: 'rendered', kind: 'note', slug: 'a' },
        { dir: '/c', key: 'a', status: 'reused', kind: 'note', slug: 'a' },
        { dir: '/c', key: 'b', status: 'reused', kind: 'note', slug: 'b' },
      ]
        .map((u) => JSON.stringify(u))
        .join('\n'),
    );
    const usage = readUsage(log);
    expect([usage.rendered, usage.reused]).toEqual([1, 1]);
    expect([...usage.used.get('/c')!].sort()).toEqual(['a', 'b']);
    endUsageLog(log, env);
    expect(env.QD_CARD_USAGE_LOG).toBeUndefined();
  });
});

describe('graphemes', () => {
  const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
  it.each([
    'Meta lifts 2025 capex to $64–72 bn',
    'Café, naïve, Ærø — “quoted” …',
    'Яндекс и ВТБ: выручка 1,2 трлн ₽',
    'Ελληνικά κείμενα',
    'e\u0301 combining accent',
    'Family 👨‍👩‍👧 and flag 🇩🇪',
    '百度 と 삼성전자 のニュース',
    'が and か\u3099',
    '© ® ™ ↔',
  ])('splits %j as Intl.Segmenter does', (text) => {
    expect(graphemes(text)).toEqual([...segmenter.segment(text)].map((s) => s.segment));
  });
});
