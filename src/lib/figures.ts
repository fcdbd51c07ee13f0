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

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** True for a money unit: an ISO 4217 code, optionally with a scale (`USD bn`, `EUR`, `HKD tn`). */
export function isMoneyUnit(unit: string): boolean {
  const code = /^([A-Z]{3})(?:\s|$)/.exec(unit.trim())?.[1];
  return code !== undefined && CURRENCIES.has(code);
}
