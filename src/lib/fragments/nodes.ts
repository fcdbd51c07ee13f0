/** The small hast nodes every fragment uses. */
import type { Element, Text } from 'hast';
import { h } from 'hastscript';
import { formatDate, formatDayMonth, isoDay } from '../dates.ts';

export const text = (value: string): Text => ({ type: 'text', value });

/** A date people read with the day a machine reads: `short` is "29 Jan", for lists inside one quarter. */
export function timeElement(date: Date, format: 'long' | 'short' = 'long'): Element {
  return h('time', { dateTime: isoDay(date) }, format === 'short' ? formatDayMonth(date) : formatDate(date));
}

/** A link to a note of the site; pages give a path under their base, feeds an absolute URL. */
export type NoteHref = (note: { slug: string }) => string;
