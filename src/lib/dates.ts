/** Calendar dates as editors write them; everything here works in UTC days. */

/** True when `YYYY-MM-DD` names a day that exists (2025-02-30 does not). */
export function isCalendarDate(written: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(written);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export type Period =
  | { kind: 'year'; year: number }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'day'; year: number; month: number; day: number };

/** Parses a figure's period (YYYY, YYYY-QN, YYYY-MM, YYYY-MM-DD); null when it is none of those. */
export function parsePeriod(written: string): Period | null {
  const text = written.trim().toUpperCase();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(text))) return { kind: 'year', year: Number(m[1]) };
  if ((m = /^(\d{4})-Q([1-4])$/.exec(text)))
    return { kind: 'quarter', year: Number(m[1]), quarter: Number(m[2]) as 1 | 2 | 3 | 4 };
  if ((m = /^(\d{4})-(\d{2})$/.exec(text))) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { kind: 'month', year: Number(m[1]), month } : null;
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)) && isCalendarDate(text))
    return { kind: 'day', year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return null;
}

/** The first day of a period, UTC. */
export function periodStart(period: Period): Date {
  switch (period.kind) {
    case 'year':
      return new Date(Date.UTC(period.year, 0, 1));
    case 'quarter':
      return new Date(Date.UTC(period.year, (period.quarter - 1) * 3, 1));
    case 'month':
      return new Date(Date.UTC(period.year, period.month - 1, 1));
    case 'day':
      return new Date(Date.UTC(period.year, period.month - 1, period.day));
  }
}

/** `2025-01-29`, the machine form used in <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const longFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** `29 January 2025`: how pages print a date. */
export function formatDate(date: Date): string {
  return longFormat.format(date);
}

/** `29 Jan`: timeline entries inside one quarter. */
export function formatDayMonth(date: Date): string {
  return shortFormat.format(date);
}
