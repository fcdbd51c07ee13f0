/**
 * Which font files a card needs, from @fontsource packages (`.woff`: satori cannot read
 * woff2). Every family ships as subset files with a unicode range each; a card loads only
 * the subsets that hold the code points its text uses. Inter draws Latin, Cyrillic and
 * Greek; Noto Sans fills gaps; Noto Sans SC/JP/KR draw CJK, ordered by the card's
 * language so that a Han character takes its Japanese form in Japanese text.
 *
 * A range only says where to look: every code point is confirmed in the file's own cmap
 * (see cmap.ts). Code points that no font has are reported, so the caller can leave them
 * out instead of drawing `.notdef` boxes.
 *
 * Satori picks one file per font name and weight, then falls back through the other
 * loaded fonts in the order given. So each subset gets its own name, and the list is
 * ordered by preference.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readCodePoints } from './cmap.ts';
import { packageDir } from './packages.ts';
import { inRanges, parseUnicodeRange, type CodePointRange } from './unicode-range.ts';

export type FontWeight = 400 | 700;
export type CardLanguage = 'zh' | 'ja' | 'ko';

type FamilyId = 'inter' | 'noto-sans' | 'noto-sans-sc' | 'noto-sans-jp' | 'noto-sans-kr';

interface Subset {
  family: FamilyId;
  /** `latin`, `cyrillic`, … or the number of a CJK slice (`87`). */
  subset: string;
  ranges: CodePointRange[];
  /** The name satori knows this subset by. */
  name: string;
}

/** One font file, ready for satori. */
export interface CardFont {
  name: string;
  weight: FontWeight;
  style: 'normal';
  data: Buffer;
  /** Path relative to node_modules, for reports. */
  file: string;
  /** sha256 of the file: part of the card cache key. */
  hash: string;
}

export interface FontChoice {
  /** In satori's fallback order. */
  fonts: CardFont[];
  /** Code points that no available font draws. */
  missing: Set<number>;
}

const BASE_FAMILIES: readonly FamilyId[] = ['inter', 'noto-sans'];
const CJK_ORDER: Record<CardLanguage, readonly FamilyId[]> = {
  zh: ['noto-sans-sc', 'noto-sans-jp', 'noto-sans-kr'],
  ja: ['noto-sans-jp', 'noto-sans-sc', 'noto-sans-kr'],
  ko: ['noto-sans-kr', 'noto-sans-jp', 'noto-sans-sc'],
};

/** The font every card loads first: it sets the metrics and draws the site name. */
export const PRIMARY_FONT = 'inter-latin';

const subsetsByFamily = new Map<FamilyId, Subset[]>();

function familySubsets(family: FamilyId): Subset[] {
  const known = subsetsByFamily.get(family);
  if (known) return known;
  const dir = packageDir(`@fontsource/${family}`);
  const ranges = JSON.parse(readFileSync(path.join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
  const subsets = Object.entries(ranges).map(([key, value]) => {
    const subset = key.replace(/^\[(\d+)\]$/, '$1');
    return { family, subset, ranges: parseUnicodeRange(value), name: `${family}-${subset}` };
  });
  // Latin first: it is what most cards need, so most lookups stop there.
  subsets.sort((a, b) => Number(b.subset === 'latin') - Number(a.subset === 'latin'));
  subsetsByFamily.set(family, subsets);
  return subsets;
}

const files = new Map<string, CardFont>();
const coverage = new Map<string, Set<number>>();

function fontFile(subset: Subset, weight: FontWeight): CardFont {
  const file = `@fontsource/${subset.family}/files/${subset.family}-${subset.subset}-${weight}-normal.woff`;
  let font = files.get(file);
  if (!font) {
    const data = readFileSync(path.join(packageDir(`@fontsource/${subset.family}`), 'files', path.basename(file)));
    font = {
      name: subset.name,
      weight,
      style: 'normal',
      data,
      file,
      hash: createHash('sha256').update(data).digest('hex'),
    };
    files.set(file, font);
  }
  return font;
}

function codePointsOf(font: CardFont): Set<number> {
  let set = coverage.get(font.file);
  if (!set) {
    set = readCodePoints(font.data);
    coverage.set(font.file, set);
  }
  return set;
}

/** True when the subset's file of every weight really draws the code point. */
function subsetDraws(subset: Subset, codePoint: number, weights: readonly FontWeight[]): boolean {
  return inRanges(subset.ranges, codePoint) && weights.every((w) => codePointsOf(fontFile(subset, w)).has(codePoint));
}

/** The card's language for CJK glyph forms: kana means Japanese, hangul Korean, else Chinese. */
export function cardLanguage(text: string): CardLanguage {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja';
  if (/\p{Script=Hangul}/u.test(text)) return 'ko';
  return 'zh';
}

export function familyOrder(language: CardLanguage): FamilyId[] {
  return [...BASE_FAMILIES, ...CJK_ORDER[language]];
}

/**
 * The fonts that draw every given code point, at every given weight: the primary font
 * always, then for each code point the first subset, in preference order, that draws it.
 * Satori takes the first font in the list that has a glyph, and no subset before the
 * chosen one has it, so satori draws each code point from the chosen subset.
 */
export function chooseFonts(
  codePoints: Iterable<number>,
  weights: readonly FontWeight[],
  language: CardLanguage,
): FontChoice {
  const families = familyOrder(language);
  const primary = familySubsets('inter').find((s) => s.name === PRIMARY_FONT)!;
  const chosen = new Set<Subset>([primary]);
  const missing = new Set<number>();
  const candidates = families.flatMap((family) => familySubsets(family));
  for (const codePoint of new Set(codePoints)) {
    // Always the most preferred subset that draws it, so a Han character in a Japanese
    // card takes the Japanese form even when a Chinese subset is loaded for another one.
    const subset = candidates.find((candidate) => subsetDraws(candidate, codePoint, weights));
    if (subset) chosen.add(subset);
    else missing.add(codePoint);
  }
  // Satori's fallback order: the primary font, then families by preference, each in
  // its own subset order.
  const rank = (s: Subset) =>
    s === primary ? -1 : families.indexOf(s.family) * 10_000 + familySubsets(s.family).indexOf(s);
  const ordered = [...chosen].sort((a, b) => rank(a) - rank(b));
  return {
    fonts: ordered.flatMap((subset) => weights.map((weight) => fontFile(subset, weight))),
    missing,
  };
}
