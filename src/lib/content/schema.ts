/**
 * The content contract of SPEC.md ("Content model") as Zod schemas.
 *
 * One definition serves two readers: Astro's content layer (src/content.config.ts,
 * which receives YAML parsed by js-yaml, dates already turned into Date objects) and
 * the pre-build checks (src/lib/checks, which parse YAML without timestamps so that a
 * date is checked exactly as the editor wrote it). Both end up with the same output.
 */
import { z } from 'zod';
import { isCalendarDate, parsePeriod } from '../dates.ts';
import { isSafeHttpUrl } from '../urls.ts';

const requiredText = (what = 'text') =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : `must be ${what}`) })
    .trim()
    .min(1, { error: 'must not be empty' });

/**
 * A calendar date: a YAML date (`2025-01-29`) or a string in that form.
 * Output: a Date at UTC midnight of that day.
 */
export const calendarDate = z
  .union([z.date(), z.string()], {
    error: (issue) => (issue.input === undefined ? 'is required' : 'must be a date written YYYY-MM-DD'),
  })
  .transform((value, ctx) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) {
        ctx.addIssue({ code: 'custom', message: 'is not a valid date' });
        return z.NEVER;
      }
      return new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()));
    }
    const written = value.trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(written)) {
      ctx.addIssue({ code: 'custom', message: `must be a date written YYYY-MM-DD, got "${written}"` });
      return z.NEVER;
    }
    if (!isCalendarDate(written)) {
      ctx.addIssue({ code: 'custom', message: `"${written}" is not a date that exists` });
      return z.NEVER;
    }
    return new Date(`${written}T00:00:00Z`);
  });

/** `period: 2025` arrives as a number, `period: 2025-01-29` as a date: both are accepted as written. */
export const period = z
  .union([z.number(), z.date(), z.string()], { error: 'must be YYYY, YYYY-QN, YYYY-MM or YYYY-MM-DD' })
  .transform((value, ctx) => {
    const written =
      value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
    const parsed = parsePeriod(written);
    if (!parsed) {
      ctx.addIssue({
        code: 'custom',
        message: `"${written}" is not a period: use YYYY, YYYY-QN, YYYY-MM or YYYY-MM-DD`,
      });
      return z.NEVER;
    }
    return written.toUpperCase();
  });

export const httpUrl = z
  .string({ error: 'must be a URL' })
  .trim()
  .refine(isSafeHttpUrl, { error: (issue) => `must be an http(s) URL, got "${String(issue.input)}"` });

export const topicSchema = z.object({
  title: requiredText(),
  description: requiredText('one sentence'),
});

export const figureSchema = z
  .object({
    label: requiredText(),
    entity: z.string().trim().min(1, { error: 'must not be empty' }).optional(),
    value: z.number({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a number') }),
    upto: z.number({ error: 'must be a number' }).optional(),
    unit: requiredText(),
    period: period.optional(),
  })
  .superRefine((figure, ctx) => {
    if (figure.upto !== undefined && figure.upto < figure.value) {
      ctx.addIssue({
        code: 'custom',
        path: ['upto'],
        message: `(${figure.upto}) must not be below value (${figure.value})`,
      });
    }
  });

export const quoteSchema = z.object({
  text: requiredText(),
  by: requiredText(),
  role: z.string().trim().min(1, { error: 'must not be empty' }).optional(),
});

export const sourceSchema = z.object({
  title: requiredText(),
  publisher: requiredText(),
  url: httpUrl.optional(),
  published: calendarDate.optional(),
  author: z.string().trim().min(1, { error: 'must not be empty' }).optional(),
});

const topicList = z
  .array(z.string().trim().min(1, { error: 'must not be empty' }), { error: 'must be a list of topic slugs' })
  .min(1, { error: 'must name at least one topic' });

export const noteSchema = z.object({
  title: requiredText(),
  date: calendarDate,
  summary: requiredText('plain text'),
  topics: topicList,
  entities: z.array(z.string().trim().min(1, { error: 'must not be empty' })).default([]),
  source: sourceSchema,
  figures: z.array(figureSchema).default([]),
  quotes: z.array(quoteSchema).default([]),
  draft: z.boolean({ error: 'must be true or false' }).default(false),
});

export const briefSchema = z.object({
  quarter: z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be written YYYY-QN') })
    .trim()
    .regex(/^\d{4}-Q[1-4]$/i, { error: 'must be written YYYY-QN, e.g. 2025-Q1' })
    .transform((q) => q.toUpperCase()),
  title: requiredText(),
  summary: requiredText('plain text'),
  published: calendarDate,
});

export type TopicData = z.output<typeof topicSchema>;
export type NoteData = z.output<typeof noteSchema>;
export type BriefData = z.output<typeof briefSchema>;
export type Figure = z.output<typeof figureSchema>;
export type Quote = z.output<typeof quoteSchema>;
export type Source = z.output<typeof sourceSchema>;
