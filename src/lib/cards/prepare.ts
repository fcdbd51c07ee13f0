/**
 * From a card model to everything satori needs, without rendering: the element tree
 * with its text normalised, the font files for exactly the code points it uses, and
 * Twemoji images for its emoji. A character that no font draws and that is no emoji is
 * left out (and reported) rather than drawn as a `.notdef` box.
 */
import { cardLanguage, chooseFonts, type CardFont, type FontWeight } from './fonts.ts';
import { emojiImage, isEmoji, isPictorialEmoji } from './emoji.ts';
import type { CardModel } from './model.ts';
import { cardTree } from './template.ts';
import { graphemes } from '../text.ts';
import { collectText, mapText, type CardElement } from './tree.ts';

export interface PreparedCard {
  model: CardModel;
  tree: CardElement;
  fonts: CardFont[];
  /** Grapheme → Twemoji SVG data URI, for satori's `graphemeImages`. */
  emoji: Record<string, string>;
  /** Code points left out because no font draws them. */
  dropped: number[];
}


/** NFC, one space for any run of white space, no control or invisible format characters. */
export function normalizeText(text: string): string {
  return graphemes(text.normalize('NFC').replace(/\s+/gu, ' ').trim())
    .map((g) => (isEmoji(g) ? g : g.replace(/[\p{Cc}\p{Cf}]/gu, '')))
    .join('');
}

const codePoints = (text: string) => [...text].map((c) => c.codePointAt(0)!);

export function prepareCard(model: CardModel): PreparedCard {
  const tree = mapText(cardTree(model), normalizeText) as CardElement;
  const runs = collectText(tree);
  const weights = [...new Set(runs.map((r) => (r.weight >= 600 ? 700 : 400)))].sort() as FontWeight[];
  if (!weights.includes(400)) weights.unshift(400);

  // Pictorial emoji become images; everything else must come from a font.
  const emoji: Record<string, string> = {};
  const textPoints = new Set<number>();
  for (const run of runs) {
    for (const g of graphemes(run.text)) {
      if (isPictorialEmoji(g)) {
        const image = emojiImage(g);
        if (image) emoji[g] = image.uri;
      } else {
        for (const cp of codePoints(g)) textPoints.add(cp);
      }
    }
  }
  const allText = runs.map((r) => r.text).join(' ');
  const { fonts, missing } = chooseFonts(textPoints, weights, cardLanguage(allText));

  // Text-style symbols no font has (`↔`) may still have a Twemoji picture.
  const fit = (text: string): string =>
    graphemes(text)
      .map((g) => {
        if (isPictorialEmoji(g)) return emoji[g] ? g : '';
        if (!codePoints(g).some((cp) => missing.has(cp))) return g;
        const image = isEmoji(g) ? emojiImage(g) : null;
        if (image) {
          emoji[g] = image.uri;
          return g;
        }
        return String.fromCodePoint(...codePoints(g).filter((cp) => !missing.has(cp)));
      })
      .join('')
      .replace(/ {2,}/g, ' ')
      .trim();

  return {
    model,
    tree: mapText(tree, fit) as CardElement,
    fonts,
    emoji,
    dropped: [...missing].sort((a, b) => a - b),
  };
}
