/**
 * Publication dates as pages write them: ISO timestamps in metadata, "January 30, 2025" in a
 * byline, "30. Januar 2025", "30 января 2025 года". Only dates with a day, a month and a year
 * count; a weekday or "Jan. 29" alone says too little, and a calendar widget's day numbers
 * never reach this code (boilerplate.ts drops them).
 */
import * as chrono from 'chrono-node';
import { isCalendarDate } from '../dates.ts';
import type { Language } from './language.ts';

const PARSERS: Record<Language, chrono.Chrono> = { en: chrono.en.casual, de: chrono.de.casual, ru: chrono.ru.casual };

/** A fixed reference: the result only ever keeps dates whose year is written out. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

export interface DateInText {
  /** YYYY-MM-DD */
  day: string;
  /** The words chrono read it from. */
  text: string;
  index: number;
}

/** Every complete date in `text`, in order. */
export function findDates(text: string, language: Language): DateInText[] {
  const found: DateInText[] = [];
  const parsers = language === 'en' ? [PARSERS.en] : [PARSERS[language], PARSERS.en];
  for (const parser of parsers) {
    for (const result of parser.parse(text, REFERENCE)) {
      const start = result.start;
      if (!start.isCertain('day') || !start.isCertain('month') || !start.isCertain('year')) continue;
      const day = isoOf(start.get('year')!, start.get('month')!, start.get('day')!);
      if (day) found.push({ day, text: result.text, index: result.index });
    }
    if (found.length) break;
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * A machine date from metadata (`2025-01-30T17:05:00-05:00`, `2025-01-30`, `20250130`) or,
 * failing that, a human one. The day is the one written: a late-evening story in New York
 * keeps its New York date.
 */
export function parsePublished(value: string, language: Language): string | undefined {
  const text = value.trim();
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/.exec(text);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return findDates(text, language)[0]?.day;
}

/** A date at the start of a file name: `2025-01-30-pymnts-….txt`. */
export function dateInFileName(fileName: string): string | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const match = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(base);
  return match ? isoOf(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

function isoOf(year: number, month: number, day: number): string | undefined {
  if (year < 1990 || year > 2100) return undefined;
  const written = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(written) ? written : undefined;
}
