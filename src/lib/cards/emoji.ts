/**
 * Emoji on cards are Twemoji SVGs from the @twemoji/svg package, handed to satori as
 * images for their grapheme; an emoji without a Twemoji file is left out. Never a box.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import emojiRegex from 'emoji-regex';
import { packageDir } from './packages.ts';

// emoji-regex is written for non-unicode mode (surrogate pairs), so no 'u' flag here.
const whole = new RegExp(`^(?:${emojiRegex().source})$`);

/**
 * True for a grapheme drawn as a picture: an emoji with emoji presentation, or one made
 * an emoji by U+FE0F, a keycap, a skin tone or a ZWJ sequence. Text-style symbols such
 * as `©`, `™` or `↔` stay text when a font has them.
 */
export function isPictorialEmoji(grapheme: string): boolean {
  if (!whole.test(grapheme)) return false;
  return /\p{Emoji_Presentation}|[\uFE0F\u20E3\u200D]/u.test(grapheme) || [...grapheme].length > 1;
}

/** Any emoji-regex match, pictorial or not (the fallback for symbols no font draws). */
export function isEmoji(grapheme: string): boolean {
  return whole.test(grapheme);
}

/** Twemoji's file name: code points in hex; U+FE0F dropped unless the sequence has a ZWJ. */
function twemojiNames(grapheme: string): string[] {
  const hex = (text: string) => [...text].map((c) => c.codePointAt(0)!.toString(16)).join('-');
  const names = [grapheme.includes('\u200D') ? hex(grapheme) : hex(grapheme.replaceAll('\uFE0F', ''))];
  names.push(hex(grapheme), hex(grapheme.replaceAll('\uFE0F', '')));
  return [...new Set(names)];
}

const images = new Map<string, { uri: string; svg: string } | null>();

/** The Twemoji SVG of a grapheme as a data URI (and its text, for cache keys), or null. */
export function emojiImage(grapheme: string): { uri: string; svg: string } | null {
  if (images.has(grapheme)) return images.get(grapheme)!;
  const dir = packageDir('@twemoji/svg');
  let found: { uri: string; svg: string } | null = null;
  for (const name of twemojiNames(grapheme)) {
    const file = path.join(dir, `${name}.svg`);
    if (existsSync(file)) {
      const svg = readFileSync(file, 'utf8');
      found = { svg, uri: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
      break;
    }
  }
  images.set(grapheme, found);
  return found;
}
