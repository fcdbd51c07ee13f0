/** CSS `unicode-range` values (`U+0000-00FF,U+0131,U+4??`), as Fontsource publishes them. */

export type CodePointRange = readonly [from: number, to: number];

export function parseUnicodeRange(value: string): CodePointRange[] {
  const ranges: CodePointRange[] = [];
  for (const part of value.split(',')) {
    const text = part.trim();
    if (!text) continue;
    const match = /^U\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?$/i.exec(text);
    if (!match) throw new Error(`bad unicode-range part "${text}"`);
    const [, first, last] = match as unknown as [string, string, string | undefined];
    if (first.includes('?')) {
      ranges.push([parseInt(first.replaceAll('?', '0'), 16), parseInt(first.replaceAll('?', 'f'), 16)]);
    } else {
      ranges.push([parseInt(first, 16), parseInt(last ?? first, 16)]);
    }
  }
  return ranges;
}

export function inRanges(ranges: readonly CodePointRange[], codePoint: number): boolean {
  return ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}
