/**
 * Word wrap for the plain-text part. Lines stay within TEXT_WIDTH columns (RFC 5322 asks
 * for at most 78); a URL is never broken, so a URL longer than the line gets a line of its
 * own and may run past it. Columns are counted as a terminal shows them: a CJK character or
 * an emoji takes two.
 */

import { graphemes } from '../text.ts';

/** Where lines wrap: well under 78, so a client that quotes a reply ("> ") stays under too. */
export const TEXT_WIDTH = 72;
/** RFC 5322's recommended limit: no line but a lone URL is longer. */
export const MAX_LINE = 78;

const WIDE = /^(?:\p{Extended_Pictographic}|[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}])/u;
const URL_TOKEN = /^[<([]?https?:\/\/\S+$/i;

/** The columns a string takes in a monospace terminal. */
export function columns(text: string): number {
  let width = 0;
  for (const g of graphemes(text)) width += WIDE.test(g) ? 2 : 1;
  return width;
}

export function isUrlToken(word: string): boolean {
  return URL_TOKEN.test(word);
}

/** A word too long for a line, in pieces that fit (URLs are never passed here). */
function split(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const g of graphemes(word)) {
    if (piece && columns(piece + g) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += g;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

export interface WrapOptions {
  width?: number;
  /** Before the first line (a list marker). */
  first?: string;
  /** Before every other line (a hanging indent); defaults to `first`. */
  rest?: string;
}

/**
 * The text's words in lines of at most `width` columns, prefixes included. Words are split
 * at ASCII whitespace only, so a no-break space keeps `title [3]` together (it is written
 * out as a plain space).
 */
export function wrap(text: string, options: WrapOptions = {}): string[] {
  const width = options.width ?? TEXT_WIDTH;
  const first = options.first ?? '';
  const rest = options.rest ?? first;
  const words = text.split(/[ \t\r\n]+/).filter(Boolean);
  const lines: string[] = [];
  let line = first;
  let empty = true;
  const push = () => {
    lines.push(line.replace(/\u00a0/g, ' ').trimEnd());
    line = rest;
    empty = true;
  };
  for (const word of words) {
    const room = width - columns(lines.length === 0 ? first : rest);
    const pieces = isUrlToken(word) || columns(word) <= room ? [word] : split(word, Math.max(room, 1));
    for (const piece of pieces) {
      if (!empty && columns(`${line} ${piece}`) > width) push();
      line = empty ? line + piece : `${line} ${piece}`;
      empty = false;
    }
  }
  if (!empty) push();
  return lines;
}
