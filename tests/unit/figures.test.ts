import { describe, expect, it } from 'vitest';
import { describeFigure, formatFigure } from '../../src/lib/figures.ts';

describe('formatFigure', () => {
  it.each([
    [{ value: 60, upto: 65, unit: 'USD bn' }, '$60–65 bn'],
    [{ value: 48.4, unit: 'USD bn' }, '$48.4 bn'],
    [{ value: 21, unit: '%' }, '21%'],
    [{ value: -589, unit: 'USD bn' }, '−$589 bn'],
    [{ value: 5.6, unit: 'USD m' }, '$5.6 m'],
    [{ value: 8.02, unit: 'USD' }, '$8.02'],
    [{ value: 2000, unit: 'GPUs' }, '2,000 GPUs'],
    [{ value: 14.9, unit: '%' }, '14.9%'],
    [{ value: 8, upto: 15, unit: '%' }, '8–15%'],
    [{ value: 2.5, unit: 'x' }, '2.5×'],
    [{ value: 100, unit: 'EUR bn' }, '€100 bn'],
    [{ value: -3, upto: 2, unit: '%' }, '−3–2%'],
    [{ value: -5, upto: 3, unit: 'USD bn' }, '−$5–$3 bn'],
    [{ value: -10, upto: -5, unit: 'USD bn' }, '−$10–−5 bn'],
    [{ value: 1234567, unit: 'users' }, '1,234,567 users'],
    [{ value: 0.125, unit: '%' }, '0.13%'],
    [{ value: 65, upto: 65, unit: 'USD bn' }, '$65 bn'],
  ])('%j → %s', (figure, text) => {
    expect(formatFigure(figure)).toBe(text);
  });

  it('uses a real minus sign and an en dash', () => {
    expect(formatFigure({ value: -1, unit: '%' }).charCodeAt(0)).toBe(0x2212);
    expect(formatFigure({ value: 1, upto: 2, unit: '%' })).toContain('\u2013');
  });
});

describe('describeFigure', () => {
  it('spells a range out', () => {
    expect(describeFigure({ value: 60, upto: 65, unit: 'USD bn' })).toBe('60 to 65 USD bn');
  });
});
