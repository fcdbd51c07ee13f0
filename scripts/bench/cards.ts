/**
 * Card rendering benchmark: ms per card for each step (satori's layout, resvg's rasterising,
 * PNG encoding by resvg and by sharp from resvg's pixels, and sharp rasterising the SVG
 * itself), PNG sizes, and whether rendering cards concurrently pays on this machine.
 *
 *   npm run bench:cards            (50 cards, 3 rounds; BENCH_CARDS=n, BENCH_ROUNDS=n)
 *
 * Cards are generated, not read from content/, so figures compare across corpora. The
 * satori step (layout → SVG) is the same for both rasterisers and is timed separately.
 * Writes no cache and nothing into the project.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Resvg, renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';
import type { CardModel, CardSite, CardTrend } from '../../src/lib/cards/model.ts';
import { SITE_DEFAULTS } from '../../src/lib/config/site-config.ts';
import { prepareCard } from '../../src/lib/cards/prepare.ts';
import { RESVG_OPTIONS, encodePng, renderSvg, svgToPng } from '../../src/lib/cards/render.ts';

const COUNT = Number(process.env.BENCH_CARDS || 50);
/** Each wall-time figure is the median of this many rounds: other work on the machine skews single runs. */
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);

const TITLES = [
  'Nvidia loses USD 589 bn in a day after DeepSeek R1',
  'Stargate: USD 100 bn now, up to USD 500 bn over four years, with SoftBank, OpenAI, Oracle and MGX as the first partners',
  'Яндекс открывает свою модель YandexGPT 5 Lite для исследователей',
  'Η Ευρωπαϊκή Ένωση εγκρίνει τον νόμο για την τεχνητή νοημοσύνη',
  'Nvidia AI 市場被 DeepSeek 震撼 市值蒸發近 4.6 萬億港元',
  'ソフトバンク、OpenAIと合弁会社を設立 🚀',
  '삼성전자, HBM3E 12단 제품 엔비디아 공급 승인',
  'Zuckerberg: no slowdown in AI spending after DeepSeek 📈',
  'Alibaba’s Qwen3: open models with a thinking switch',
  'Mistral Small 3: a 24B open model under Apache 2.0',
];

const site: CardSite = { ...SITE_DEFAULTS, colors: SITE_DEFAULTS.colors };
const trend: CardTrend = { counts: [1, 3, 0, 2, 5, 4, 6, 2], first: '2023-Q3', last: '2025-Q2' };

function models(count: number): CardModel[] {
  const out: CardModel[] = [];
  for (let i = 0; out.length < count; i++) {
    const title = `${TITLES[i % TITLES.length]}${i >= TITLES.length ? ` (${i})` : ''}`;
    switch (i % 5) {
      case 0:
        out.push({ kind: 'note', site, slug: `n${i}`, title, publisher: 'Reuters', date: '29 January 2025', topics: ['AI capex', 'Chips'], figure: { value: '$60–65 bn', label: '2025 capex plan', entity: 'Meta' } });
        break;
      case 1:
        out.push({
          kind: 'brief',
          site,
          slug: `b${i}`,
          quarter: '2025-Q1',
          title,
          published: i % 2 === 0,
          figures: [
            { value: '$500 bn', label: 'Stargate commitment', entity: 'Stargate' },
            { value: '−$589 bn', label: 'Market value lost in a day', entity: 'Nvidia' },
            { value: '31%', label: 'Azure growth', entity: 'Microsoft' },
          ],
        });
        break;
      case 2:
        out.push({ kind: 'topic', site, slug: `t${i}`, title, description: 'Data-center and AI infrastructure spending.', noteCount: i, trend });
        break;
      case 3:
        out.push({ kind: 'entity', site, slug: `e${i}`, name: title.slice(0, 40), noteCount: 1 + (i % 7), trend });
        break;
      default:
        out.push({ kind: 'note', site, slug: `n${i}`, title, publisher: 'LINE TODAY Hong Kong', date: '3 March 2025', topics: ['Market reaction'] });
    }
  }
  return out;
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return { mean, median: sorted[Math.floor(sorted.length / 2)]!, max: sorted[sorted.length - 1]! };
};
const ms = (n: number) => `${n.toFixed(1)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function timeEach<T>(items: T[], fn: (item: T) => Promise<unknown> | unknown): Promise<number[]> {
  const times: number[] = [];
  for (const item of items) {
    const start = performance.now();
    await fn(item);
    times.push(performance.now() - start);
  }
  return times;
}

async function timeAll<T>(items: T[], concurrency: number, fn: (item: T) => Promise<unknown>): Promise<number> {
  const start = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
  return performance.now() - start;
}

const rasterise = (svg: string) => new Resvg(svg, RESVG_OPTIONS).render();
const resvgAsync = async (svg: string) => (await renderAsync(svg, RESVG_OPTIONS)).asPng();
const sharpPng = (svg: string) => sharp(Buffer.from(svg)).png().toBuffer();

async function main() {
  const cards = models(COUNT);
  console.log(`cards: ${cards.length}, cpus: ${os.availableParallelism()}, node ${process.version}, ${os.cpus()[0]?.model ?? ''}`);

  // Warm up fonts, satori's wasm and both rasterisers, outside the timings.
  const warm = await renderSvg(prepareCard(cards[0]!));
  await encodePng(rasterise(warm));
  await sharpPng(warm);

  const prepared = cards.map((card) => prepareCard(card));
  const svgs: string[] = [];
  const satoriTimes = await timeEach(prepared, async (card) => svgs.push(await renderSvg(card)));

  const images: ReturnType<typeof rasterise>[] = [];
  const rasteriseTimes = await timeEach(svgs, (svg) => images.push(rasterise(svg)));
  const resvgPngs: Buffer[] = [];
  const resvgEncodeTimes = await timeEach(images, (image) => resvgPngs.push(image.asPng()));
  const sharpPngs: Uint8Array[] = [];
  const sharpEncodeTimes = await timeEach(images, async (image) => sharpPngs.push(await encodePng(image)));
  const sharpSvgTimes = await timeEach(svgs, sharpPng);
  const sharpSvgSizes = await Promise.all(svgs.map(async (svg) => (await sharpPng(svg)).length));

  const row = (name: string, times: number[]) => {
    const s = stats(times);
    console.log(`  ${name.padEnd(28)} mean ${ms(s.mean)}  median ${ms(s.median)}  max ${ms(s.max)}`);
  };
  console.log('\nper card, one at a time:');
  row('satori (layout → SVG)', satoriTimes);
  row('resvg-js (SVG → pixels)', rasteriseTimes);
  row('resvg-js (pixels → PNG)', resvgEncodeTimes);
  row('sharp (pixels → PNG, used)', sharpEncodeTimes);
  row('sharp (SVG → PNG)', sharpSvgTimes);

  const sizes = (name: string, values: number[]) => {
    const s = stats(values);
    const over = values.filter((v) => v > 150 * 1024).length;
    console.log(`  ${name.padEnd(28)} mean ${kb(s.mean)}  median ${kb(s.median)}  max ${kb(s.max)}  over 150 KB: ${over}`);
  };
  console.log('\nPNG size:');
  sizes('resvg-js', resvgPngs.map((png) => png.length));
  sizes('sharp from pixels (used)', sharpPngs.map((png) => png.length));
  sizes('sharp from SVG', sharpSvgSizes);

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const rounds = async (fn: () => Promise<number>) => {
    const walls: number[] = [];
    for (let round = 0; round < ROUNDS; round++) walls.push(await fn());
    return median(walls);
  };

  console.log(`\nrasterising all cards, wall time per card (median of ${ROUNDS} rounds):`);
  for (const concurrency of [1, 2, 4]) {
    const resvgWall = await rounds(() => timeAll(svgs, concurrency, resvgAsync));
    const sharpWall = await rounds(() => timeAll(svgs, concurrency, sharpPng));
    console.log(`  concurrency ${concurrency}: resvg-js ${ms(resvgWall / svgs.length)}   sharp ${ms(sharpWall / svgs.length)}`);
  }

  console.log(`\nwhole pipeline (satori, resvg renderAsync, sharp), wall time per card (median of ${ROUNDS} rounds):`);
  for (const concurrency of [1, 2, 4]) {
    const wall = await rounds(() => timeAll(prepared, concurrency, async (card) => svgToPng(await renderSvg(card))));
    console.log(`  concurrency ${concurrency}: ${ms(wall / prepared.length)}`);
  }
}

await main();
