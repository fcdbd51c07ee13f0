import { describe, expect, it } from 'vitest';
import {
  compareQuarters,
  nextQuarter,
  parseQuarter,
  previousQuarter,
  quarterLabel,
  quarterOf,
  quarterRange,
  quarterSlug,
  quarterSpan,
} from '../../src/lib/quarters.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('quarterOf', () => {
  it.each([
    ['2025-01-01', '2025-Q1'],
    ['2025-01-29', '2025-Q1'],
    ['2025-03-31', '2025-Q1'],
    ['2025-04-01', '2025-Q2'],
    ['2025-06-30', '2025-Q2'],
    ['2025-07-01', '2025-Q3'],
    ['2024-10-22', '2024-Q4'],
    ['2024-12-31', '2024-Q4'],
  ])('%s is in %s', (date, label) => {
    expect(quarterLabel(quarterOf(day(date)))).toBe(label);
  });

  it('uses UTC, not the machine time zone', () => {
    expect(quarterLabel(quarterOf(new Date('2025-03-31T23:30:00Z')))).toBe('2025-Q1');
  });
});

describe('quarter labels and slugs', () => {
  it('round-trips through parseQuarter', () => {
    expect(parseQuarter('2025-Q1')).toEqual({ year: 2025, quarter: 1 });
    expect(parseQuarter('2025-q4')).toEqual({ year: 2025, quarter: 4 });
    expect(quarterSlug({ year: 2025, quarter: 1 })).toBe('2025-q1');
  });
  it.each(['2025-Q5', '2025-Q0', '25-Q1', '2025Q1', ''])('rejects %j', (text) => {
    expect(parseQuarter(text)).toBeNull();
  });
});

describe('quarterRange and neighbours', () => {
  it('spans whole months', () => {
    const { start, end } = quarterRange({ year: 2024, quarter: 4 });
    expect(start.toISOString().slice(0, 10)).toBe('2024-10-01');
    expect(end.toISOString().slice(0, 10)).toBe('2024-12-31');
  });
  it('knows February in a leap year', () => {
    expect(quarterRange({ year: 2024, quarter: 1 }).end.toISOString().slice(0, 10)).toBe('2024-03-31');
  });
  it('steps across years', () => {
    expect(previousQuarter({ year: 2025, quarter: 1 })).toEqual({ year: 2024, quarter: 4 });
    expect(nextQuarter({ year: 2024, quarter: 4 })).toEqual({ year: 2025, quarter: 1 });
    expect(nextQuarter({ year: 2025, quarter: 2 })).toEqual({ year: 2025, quarter: 3 });
  });
  it('orders quarters', () => {
    const sorted = [
      { year: 2025, quarter: 2 as const },
      { year: 2024, quarter: 4 as const },
      { year: 2025, quarter: 1 as const },
    ].sort(compareQuarters);
    expect(sorted.map(quarterLabel)).toEqual(['2024-Q4', '2025-Q1', '2025-Q2']);
  });
  it('describes the span', () => {
    expect(quarterSpan({ year: 2025, quarter: 1 })).toBe('January–March 2025');
  });
});
