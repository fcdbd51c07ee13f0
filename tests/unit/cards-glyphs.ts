/**
 * Test helpers for cards: does any character of a card fall back to `.notdef`?
 *
 * Two independent checks, both of which a missing glyph fails:
 *
 * 1. cmap: every code point of the card's text maps to a glyph other than glyph 0 in at
 *    least one font handed to satori, at the weight it is drawn in, read with the font
 *    parser satori itself uses (@shuding/opentype.js, resolved from satori's folder).
 *    Satori draws a character from the first font that has it and otherwise from glyph 0
 *    of its last font, so "some font has it" is exactly "satori draws a real glyph".
 * 2. rendering: satori draws each code point alone, with the card's fonts, as outlines;
 *    the shape must differ from the `.notdef` shape of every loaded font (drawn from a
 *    code point no font has, U+0378) and must not be empty.
 *
 * Emoji drawn as images are checked to be images in the card's SVG.
 */
import { createRequire } from 'node:module';
import satori from 'satori';
import type { PreparedCard } from '../../src/lib/cards/prepare.ts';
import { graphemes } from '../../src/lib/text.ts';
import { collectText } from '../../src/lib/cards/tree.ts';

interface OpenTypeFont {
  charToGlyphIndex(char: string): number;
}
const fromSatori = createRequire(createRequire(import.meta.url).resolve('satori/package.json'));
const opentype = fromSatori('@shuding/opentype.js') as { parse(data: ArrayBuffer, options?: object): OpenTypeFont };

const parsed = new Map<Buffer, OpenTypeFont>();
function parse(data: Buffer): OpenTypeFont {
  let font = parsed.get(data);
  if (!font) {
    font = opentype.parse(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer, { lowMemory: true });
    parsed.set(data, font);
  }
  return font;
}

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
const NOTDEF_PROBE = '\u0378'; // unassigned: no font has it

/** The characters a card draws from fonts, with their weights, and the emoji it draws as images. */
export function cardCharacters(card: PreparedCard): { chars: Map<string, Set<number>>; emoji: string[] } {
  const chars = new Map<string, Set<number>>();
  const emoji: string[] = [];
  for (const run of collectText(card.tree)) {
    const weight = run.weight >= 600 ? 700 : 400;
    for (const g of graphemes(run.text)) {
      if (card.emoji[g]) {
        emoji.push(g);
        continue;
      }
      for (const char of g) {
        if (/\s/u.test(char)) continue;
        const weights = chars.get(char) ?? new Set<number>();
        weights.add(weight);
        chars.set(char, weights);
      }
    }
  }
  return { chars, emoji };
}

/** Check 1: code points without a glyph in any loaded font, per satori's font parser. */
export function cmapProblems(card: PreparedCard): string[] {
  const problems: string[] = [];
  for (const [char, weights] of cardCharacters(card).chars) {
    for (const weight of weights) {
      const fonts = card.fonts.filter((f) => f.weight === weight).map((f) => parse(f.data));
      if (!fonts.some((font) => font.charToGlyphIndex(char) !== 0)) {
        problems.push(`${hex(char.codePointAt(0)!)} "${char}" at weight ${weight}: no glyph in any loaded font`);
      }
    }
  }
  return problems;
}

interface Shape {
  commands: string;
  /** Coordinates relative to the path's first point, so position does not matter. */
  coords: number[];
}

/** The path shapes of a satori SVG. */
function shapes(svg: string): Shape[] {
  return [...svg.matchAll(/<path[^>]* d="([^"]+)"/g)].map((m) => {
    const tokens = m[1]!.match(/[A-Za-z]|-?\d*\.?\d+(?:e[-+]?\d+)?/g) ?? [];
    const numbers = tokens.filter((t) => !/[A-Za-z]/.test(t)).map(Number);
    const [x0 = 0, y0 = 0] = numbers;
    return {
      commands: tokens.filter((t) => /[A-Za-z]/.test(t)).join(''),
      coords: numbers.map((n, i) => n - (i % 2 === 0 ? x0 : y0)),
    };
  });
}

/** Same outline, allowing for the 0.1 px rounding of satori's coordinates. */
function sameShape(a: Shape, b: Shape): boolean {
  return a.commands === b.commands && a.coords.length === b.coords.length && a.coords.every((n, i) => Math.abs(n - b.coords[i]!) <= 0.25);
}

async function drawAlone(card: PreparedCard, text: string, weight: number, fonts = card.fonts): Promise<string> {
  const family = fonts[0]!.name;
  const element = {
    type: 'div',
    props: { style: { display: 'flex', fontSize: 100, fontWeight: weight, fontFamily: family }, children: [text] },
  };
  return satori(element as never, {
    width: 400,
    height: 200,
    fonts,
    graphemeImages: card.emoji,
    loadAdditionalAsset: async () => [],
  });
}

/** Check 2: code points that satori draws as a `.notdef` shape, or as nothing. */
export async function renderProblems(card: PreparedCard): Promise<string[]> {
  const notdefs: Shape[] = [];
  for (const font of card.fonts) notdefs.push(...shapes(await drawAlone(card, NOTDEF_PROBE, font.weight, [font])));
  notdefs.push(...shapes(await drawAlone(card, NOTDEF_PROBE, 400)));
  if (notdefs.length === 0) throw new Error('could not draw a .notdef shape to compare with');

  const problems: string[] = [];
  for (const [char, weights] of cardCharacters(card).chars) {
    for (const weight of weights) {
      const drawn = shapes(await drawAlone(card, char, weight));
      const label = `${hex(char.codePointAt(0)!)} "${char}" at weight ${weight}`;
      if (drawn.length === 0) problems.push(`${label}: drawn as nothing`);
      else if (drawn.some((shape) => notdefs.some((notdef) => sameShape(shape, notdef)))) problems.push(`${label}: drawn as .notdef`);
    }
  }
  return problems;
}

/** Emoji of the card that its full SVG does not draw as an image. */
export function emojiProblems(card: PreparedCard, svg: string): string[] {
  const images = new Set([...svg.matchAll(/<image[^>]* href="([^"]+)"/g)].map((m) => m[1]));
  return cardCharacters(card)
    .emoji.filter((g) => !images.has(card.emoji[g]))
    .map((g) => `emoji ${g} is not drawn as an image`);
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (view.getUint32(0) !== 0x89504e47) throw new Error('not a PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
