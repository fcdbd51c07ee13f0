/**
 * Card → SVG (satori) → PNG (@resvg/resvg-js). resvg won the measurement against sharp
 * (scripts/bench/cards.ts); its renderAsync rasterises on libuv's thread pool, so the
 * main thread can lay out the next card meanwhile.
 */
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import type { CardModel } from './model.ts';
import { prepareCard, type PreparedCard } from './prepare.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './template.ts';

export interface SvgOptions {
  /** Text as `<text>` elements instead of glyph outlines (tests inspect layout with it). */
  embedFont?: boolean;
  onNode?: SatoriOptions['onNodeDetected'];
}

export async function renderSvg(card: PreparedCard, options: SvgOptions = {}): Promise<string> {
  return satori(card.tree as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: card.fonts,
    graphemeImages: card.emoji,
    embedFont: options.embedFont ?? true,
    ...(options.onNode ? { onNodeDetected: options.onNode } : {}),
    // Fonts and emoji are chosen up front, for every code point; whatever else satori
    // finds missing is drawn by nothing rather than a box.
    loadAdditionalAsset: async () => [],
  });
}

/** resvg settings: part of the cache key through RENDER_SETTINGS. */
export const RESVG_OPTIONS: ResvgRenderOptions = {
  fitTo: { mode: 'original' },
  font: { loadSystemFonts: false },
  shapeRendering: 2,
  textRendering: 2,
  imageRendering: 0,
};

export async function svgToPng(svg: string): Promise<Uint8Array> {
  const image = await renderAsync(svg, RESVG_OPTIONS);
  return new Uint8Array(image.asPng());
}

/** Synchronous variant, for the benchmark's single-thread comparison. */
export function svgToPngSync(svg: string): Uint8Array {
  return new Uint8Array(new Resvg(svg, RESVG_OPTIONS).render().asPng());
}

export async function renderPrepared(card: PreparedCard): Promise<Uint8Array> {
  return svgToPng(await renderSvg(card));
}

/** A card model as a 1200×630 PNG. */
export async function renderCard(model: CardModel): Promise<Uint8Array> {
  return renderPrepared(prepareCard(model));
}
