/**
 * The cache key of a card: a hash of everything its pixels depend on. The model says what
 * the card shows; the element tree is the template applied to it (so a template change
 * changes the key without anyone bumping a number); the fonts and emoji are hashed by
 * content; the renderer part covers satori, resvg and their settings.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageDir } from './packages.ts';
import type { PreparedCard } from './prepare.ts';
import { PNG_OPTIONS, RESVG_OPTIONS } from './render.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './template.ts';

/** Bump when rendering changes in a way neither the tree nor the settings show. */
export const CARD_RENDER_VERSION = 1;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let renderer: string | undefined;

export function rendererFingerprint(): string {
  renderer ??= JSON.stringify({
    version: CARD_RENDER_VERSION,
    satori: packageVersion('satori'),
    resvg: packageVersion('@resvg/resvg-js'),
    options: RESVG_OPTIONS,
    png: { sharp: packageVersion('sharp'), options: PNG_OPTIONS },
    size: [CARD_WIDTH, CARD_HEIGHT],
  });
  return renderer;
}

export function packageVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(packageDir(name), 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

export function cardKey(card: PreparedCard): string {
  return sha256(
    JSON.stringify({
      renderer: rendererFingerprint(),
      // What the card shows: the slug only names the file it is served as.
      model: { ...card.model, slug: undefined },
      tree: card.tree,
      fonts: card.fonts.map((font) => [font.name, font.weight, font.hash]),
      emoji: Object.keys(card.emoji)
        .sort()
        .map((grapheme) => [grapheme, sha256(card.emoji[grapheme]!)]),
    }),
  );
}
