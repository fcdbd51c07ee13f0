/**
 * The code points a font really maps to a glyph, read from its `cmap` table.
 *
 * Fontsource's unicode ranges say which subset file to try, but they claim more than
 * the files hold (Inter's `latin-ext` range lists hundreds of code points its file
 * lacks), and a claimed-but-missing code point is drawn as `.notdef`: a box. So font
 * selection confirms every code point here. Reads WOFF 1.0 and plain TrueType/OpenType.
 */
import { inflateSync } from 'node:zlib';

const WOFF = 0x774f4646; // 'wOFF'
const CMAP = 0x636d6170; // 'cmap'

/** The raw `cmap` table of a WOFF or sfnt font. */
function cmapTable(font: Uint8Array): DataView {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const isWoff = view.getUint32(0) === WOFF;
  const numTables = view.getUint16(isWoff ? 12 : 4);
  const start = isWoff ? 44 : 12;
  const size = isWoff ? 20 : 16;
  for (let i = 0; i < numTables; i++) {
    const record = start + i * size;
    if (view.getUint32(record) !== CMAP) continue;
    if (!isWoff) {
      const offset = view.getUint32(record + 8);
      const length = view.getUint32(record + 12);
      return new DataView(font.buffer, font.byteOffset + offset, length);
    }
    const offset = view.getUint32(record + 4);
    const compLength = view.getUint32(record + 8);
    const origLength = view.getUint32(record + 12);
    const stored = font.subarray(offset, offset + compLength);
    const table = compLength < origLength ? new Uint8Array(inflateSync(stored)) : stored;
    return new DataView(table.buffer, table.byteOffset, table.byteLength);
  }
  throw new Error('font has no cmap table');
}

function readFormat4(table: DataView, at: number, into: Set<number>): void {
  const segCount = table.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  for (let s = 0; s < segCount; s++) {
    const end = table.getUint16(ends + s * 2);
    const start = table.getUint16(starts + s * 2);
    const delta = table.getUint16(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = table.getUint16(rangeOffsetAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) {
        glyph = (c + delta) & 0xffff;
      } else {
        const glyphAt = rangeOffsetAt + rangeOffset + (c - start) * 2;
        if (glyphAt + 2 > table.byteLength) continue;
        const raw = table.getUint16(glyphAt);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) into.add(c);
    }
  }
}

function readFormat12(table: DataView, at: number, into: Set<number>): void {
  const groups = table.getUint32(at + 12);
  for (let g = 0; g < groups; g++) {
    const group = at + 16 + g * 12;
    const start = table.getUint32(group);
    const end = table.getUint32(group + 4);
    const startGlyph = table.getUint32(group + 8);
    for (let c = start; c <= end; c++) if (startGlyph + (c - start) !== 0) into.add(c);
  }
}

/** Every code point the font maps to a real glyph (never glyph 0, `.notdef`). */
export function readCodePoints(font: Uint8Array): Set<number> {
  const table = cmapTable(font);
  const count = table.getUint16(2);
  const covered = new Set<number>();
  for (let i = 0; i < count; i++) {
    const record = 4 + i * 8;
    const platform = table.getUint16(record);
    const encoding = table.getUint16(record + 2);
    // Unicode subtables only: platform 0, or Windows (3) with BMP (1) / full (10) encoding.
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const at = table.getUint32(record + 4);
    const format = table.getUint16(at);
    if (format === 4) readFormat4(table, at, covered);
    else if (format === 12) readFormat12(table, at, covered);
  }
  return covered;
}
