/** Calendar quarters: how notes are filed and briefs are named. */

export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

/** The calendar quarter a day falls in (UTC). */
export function quarterOf(date: Date): Quarter {
  return { year: date.getUTCFullYear(), quarter: (Math.floor(date.getUTCMonth() / 3) + 1) as Quarter['quarter'] };
}

/** `2025-Q1`: the label editors write and readers see. */
export function quarterLabel(q: Quarter): string {
  return `${q.year}-Q${q.quarter}`;
}

/** `2025-q1`: the slug in URLs and brief file names. */
export function quarterSlug(q: Quarter): string {
  return `${q.year}-q${q.quarter}`;
}

/** Parses `2025-Q1` or `2025-q1`; null otherwise. */
export function parseQuarter(text: string): Quarter | null {
  const m = /^(\d{4})-q([1-4])$/i.exec(text.trim());
  return m ? { year: Number(m[1]), quarter: Number(m[2]) as Quarter['quarter'] } : null;
}

/** First and last day (UTC) of a quarter. */
export function quarterRange(q: Quarter): { start: Date; end: Date } {
  const startMonth = (q.quarter - 1) * 3;
  return {
    start: new Date(Date.UTC(q.year, startMonth, 1)),
    end: new Date(Date.UTC(q.year, startMonth + 3, 0)),
  };
}

export function previousQuarter(q: Quarter): Quarter {
  return q.quarter === 1 ? { year: q.year - 1, quarter: 4 } : { year: q.year, quarter: (q.quarter - 1) as Quarter['quarter'] };
}

export function nextQuarter(q: Quarter): Quarter {
  return q.quarter === 4 ? { year: q.year + 1, quarter: 1 } : { year: q.year, quarter: (q.quarter + 1) as Quarter['quarter'] };
}

/** Sort order: negative when a is earlier than b. */
export function compareQuarters(a: Quarter, b: Quarter): number {
  return a.year - b.year || a.quarter - b.quarter;
}

/** `January–March 2025`: the span a reader understands. */
export function quarterSpan(q: Quarter): string {
  const { start, end } = quarterRange(q);
  const month = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${month.format(start)}–${month.format(end)} ${q.year}`;
}
