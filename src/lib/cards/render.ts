/**
 * Card → SVG (satori) → pixels (@resvg/resvg-js) → PNG (sharp). resvg rasterises faster than
 * sharp (scripts/bench/cards.ts), on libuv's thread pool. Its own PNG encoder is slower
 * than the rasterising: sharp encodes the opaque pixels as RGB, without adaptive filtering,
 * in half the time and into a smaller file (the benchmark prints both).
 */
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import sharp, { type PngOptions } from 'sharp';
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

/** resvg settings: part of the cache key (key.ts rendererFingerprint). */
export const RESVG_OPTIONS: ResvgRenderOptions = {
  fitTo: { mode: 'original' },
  font: { loadSystemFonts: false },
  shapeRendering: 2,
  textRendering: 2,
  imageRendering: 0,
};

/** PNG settings: part of the cache key (key.ts rendererFingerprint). */
export const PNG_OPTIONS: PngOptions = { compressionLevel: 6, adaptiveFiltering: false };

/** resvg's RGBA pixels as a PNG; the card is opaque, so the alpha channel is dropped. */
export async function encodePng(image: { pixels: Buffer; width: number; height: number }): Promise<Uint8Array> {
  const { pixels, width, height } = image;
  return new Uint8Array(await sharp(pixels, { raw: { width, height, channels: 4 } }).removeAlpha().png(PNG_OPTIONS).toBuffer());
}

export async function svgToPng(svg: string): Promise<Uint8Array> {
  return encodePng(await renderAsync(svg, RESVG_OPTIONS));
}

export async function renderPrepared(card: PreparedCard): Promise<Uint8Array> {
  return svgToPng(await renderSvg(card));
}

/** A card model as a 1200×630 PNG. */
export async function renderCard(model: CardModel): Promise<Uint8Array> {
  return renderPrepared(prepareCard(model));
}
