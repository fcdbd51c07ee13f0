/**
 * Figures as people read them: `$60–65 bn`, `21%`, `−$589 bn`. Every page, feed and
 * card formats a figure through formatFigure so that they never disagree.
 */
import type { Figure } from './content/schema.ts';

const CURRENCY_SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: 'CN¥', INR: '₹' };
const MINUS = '\u2212';
const EN_DASH = '\u2013';

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function formatMagnitude(value: number): string {
  return numberFormat.format(Math.abs(value));
}

interface UnitShape {
  prefix: string;
  suffix: string;
}

/** Splits a free-text unit into what goes before and after the number. */
function unitShape(unit: string): UnitShape {
  const text = unit.trim();
  const currency = /^([A-Z]{3})(?:\s+(.+))?$/.exec(text);
  if (currency && CURRENCY_SYMBOLS[currency[1]!]) {
    const scale = currency[2];
    return { prefix: CURRENCY_SYMBOLS[currency[1]!]!, suffix: scale ? ` ${scale}` : '' };
  }
  if (text === '%') return { prefix: '', suffix: '%' };
  if (text === 'x' || text === '×') return { prefix: '', suffix: '×' };
  if (text === 'pp' || text === 'pts') return { prefix: '', suffix: ` ${text}` };
  return { prefix: '', suffix: text ? ` ${text}` : '' };
}

/** The value (or range) with its unit, e.g. `$60–65 bn`, `−$589 bn`, `14.9%`, `2,000 GPUs`. */
export function formatFigure(figure: Pick<Figure, 'value' | 'upto' | 'unit'>): string {
  const { prefix, suffix } = unitShape(figure.unit);
  const sign = (n: number) => (n < 0 ? MINUS : '');
  const low = `${sign(figure.value)}${prefix}${formatMagnitude(figure.value)}`;
  if (figure.upto === undefined || figure.upto === figure.value) return `${low}${suffix}`;
  // A range keeps the prefix once when both ends share a sign: `$60–65 bn`.
  const high =
    Math.sign(figure.upto) === Math.sign(figure.value) || figure.value === 0
      ? `${sign(figure.upto)}${formatMagnitude(figure.upto)}`
      : `${sign(figure.upto)}${prefix}${formatMagnitude(figure.upto)}`;
  return `${low}${EN_DASH}${high}${suffix}`;
}

/** A spoken form for screen readers and alt text: `60 to 65 USD bn`. */
export function describeFigure(figure: Pick<Figure, 'value' | 'upto' | 'unit'>): string {
  const value = figure.upto === undefined ? `${figure.value}` : `${figure.value} to ${figure.upto}`;
  return `${value} ${figure.unit}`.trim();
}

const SCALE: Record<string, number> = { tn: 1e12, trn: 1e12, bn: 1e9, b: 1e9, m: 1e6, mn: 1e6, k: 1e3 };

/**
 * How large a money figure is in its currency's units, or null for non-money figures.
 * Used to pick headline figures: the biggest sums make the headline.
 */
export function moneySize(figure: Pick<Figure, 'value' | 'upto' | 'unit'>): number | null {
  const m = /^([A-Z]{3})(?:\s+(\w+))?$/.exec(figure.unit.trim());
  if (!m || !CURRENCY_SYMBOLS[m[1]!]) return null;
  const scale = m[2] ? SCALE[m[2].toLowerCase()] : 1;
  if (scale === undefined) return null;
  return Math.abs(figure.upto ?? figure.value) * scale;
}

/**
 * Up to `limit` headline figures: the largest money figures first (one per label or value
 * and entity), then others in their original order. Stable for a given input order.
 */
export function headlineFigures<F extends Pick<Figure, 'value' | 'upto' | 'unit' | 'label' | 'entity'>>(
  figures: readonly F[],
  limit = 3,
): F[] {
  const ranked = figures
    .map((figure, index) => ({ figure, index, size: moneySize(figure) }))
    .sort((a, b) => {
      if (a.size !== null && b.size !== null) return b.size - a.size || a.index - b.index;
      if (a.size !== null) return -1;
      if (b.size !== null) return 1;
      return a.index - b.index;
    });
  const seen = new Set<string>();
  const picked: F[] = [];
  for (const { figure } of ranked) {
    // One fact reported by two notes, under two labels, is still one headline.
    const entity = (figure.entity ?? '').toLowerCase();
    const keys = [`label\u0000${entity}\u0000${figure.label.toLowerCase()}`, `value\u0000${entity}\u0000${formatFigure(figure)}`];
    if (keys.some((key) => seen.has(key))) continue;
    keys.forEach((key) => seen.add(key));
    picked.push(figure);
    if (picked.length === limit) break;
  }
  return picked;
}
