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

/** How a value the editor wrote reads inside a message: `"yes"`, `2025`, `a list`. */
export function describeInput(input: unknown): string {
  if (input === null) return 'nothing';
  if (typeof input === 'string') {
    const text = input.length > 60 ? `${input.slice(0, 57)}...` : input;
    return JSON.stringify(text);
  }
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? 'an invalid date' : input.toISOString().slice(0, 10);
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a set of fields';
  return String(input);
}

/**
 * The message for a value of the wrong type: missing (`is required`), written but left
 * blank (`title:` arrives as null: `must not be empty`), or something else.
 */
const expected =
  (what: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined
      ? 'is required'
      : issue.input === null
        ? 'must not be empty'
        : `must be ${what}, got ${describeInput(issue.input)}`;

const requiredText = (what = 'text') =>
  z
    .string({ error: expected(what) })
    .trim()
    .min(1, { error: 'must not be empty' });

/** An optional piece of text: absent is fine, blank is not. */
const optionalText = () =>
  z
    .string({ error: expected('text') })
    .trim()
    .min(1, { error: 'must not be empty' })
    .optional();

/**
 * A calendar date: a YAML date (`2025-01-29`) or a string in that form.
 * Output: a Date at UTC midnight of that day.
 */
export const calendarDate = z
  .union([z.date(), z.string()], { error: expected('a date written YYYY-MM-DD') })
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
  .union([z.number(), z.date(), z.string()], { error: expected('YYYY, YYYY-QN, YYYY-MM or YYYY-MM-DD') })
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
  .string({ error: expected('an http(s) URL') })
  .trim()
  .refine(isSafeHttpUrl, { error: (issue) => `must be an http(s) URL, got "${String(issue.input)}"` });

/** A list of short texts (names, keywords): each non-empty. */
const textList = (what: string) => z.array(requiredText(what), { error: expected(`a list of ${what}s`) });

export const topicSchema = z.object({
  title: requiredText(),
  description: requiredText('one sentence'),
  /** Words that suggest this topic for a note drafted from an article (`npm run new-note`). */
  keywords: textList('keyword').default([]),
});

/** `content/entities/<slug>.md`: an entity that deserves more than its name. */
export const entitySchema = z.object({
  name: requiredText(),
  description: requiredText('one sentence'),
  /** Names in notes' `entities` that file under this entity (`Google` under Alphabet). */
  aliases: textList('name').default([]),
});

export const figureSchema = z
  .object(
    {
    label: requiredText(),
    entity: optionalText(),
    value: z.number({ error: expected('a number') }),
    upto: z.number({ error: expected('a number') }).optional(),
    unit: requiredText(),
    period: period.optional(),
    /** A short key that ties figures of different notes into one series (`capex`). */
    metric: optionalText(),
    },
    { error: expected('a figure (label, value, unit …)') },
  )
  .superRefine((figure, ctx) => {
    if (figure.upto !== undefined && figure.upto < figure.value) {
      ctx.addIssue({
        code: 'custom',
        path: ['upto'],
        message: `must not be below value (${figure.value}), got ${figure.upto}`,
      });
    }
  });

export const quoteSchema = z.object(
  {
    text: requiredText(),
    by: requiredText(),
    role: optionalText(),
  },
  { error: expected('a quote (text, by …)') },
);

export const sourceSchema = z.object(
  {
    title: requiredText(),
    publisher: requiredText(),
    url: httpUrl.optional(),
    published: calendarDate.optional(),
    author: optionalText(),
  },
  { error: expected('the source article (title, publisher …)') },
);

const topicList = z
  .array(requiredText('a topic slug'), {
    error: (issue) =>
      issue.input === undefined
        ? 'is required'
        : issue.input === null
          ? 'must name at least one topic'
          : `must be a list of topic slugs, got ${describeInput(issue.input)}`,
  })
  .min(1, { error: 'must name at least one topic' });

/** A note's fields before the rules that span fields; content.config.ts swaps in references for topics. */
export const noteFields = z.object({
  title: requiredText(),
  date: calendarDate,
  // A draft may leave the summary empty (a note drafted from an article waits for the
  // editor's words); a published note may not: see the refinement below.
  summary: z.string({ error: expected('plain text') }).trim().nullish(),
  topics: topicList,
  entities: z.array(requiredText('a name'), { error: expected('a list of names') }).default([]),
  source: sourceSchema,
  figures: z.array(figureSchema, { error: expected('a list of figures') }).default([]),
  quotes: z.array(quoteSchema, { error: expected('a list of quotes') }).default([]),
  draft: z.boolean({ error: expected('true or false') }).default(false),
});

interface NoteRuleShape {
  draft: boolean;
  summary?: string | null | undefined;
}

/**
 * The rule across a note's fields: only a draft may leave its summary out. It runs even
 * when other fields are wrong (`when` below), so that an editor sees every problem at
 * once; the note it is given may then be malformed, hence the careful reading.
 */
export function requireSummaryUnlessDraft(note: NoteRuleShape, ctx: z.RefinementCtx): void {
  if (typeof note !== 'object' || note === null || note.draft === true) return;
  const summary: unknown = note.summary;
  if (typeof summary === 'string' && summary.trim()) return;
  if (summary !== undefined && summary !== null && typeof summary !== 'string') return; // its own schema reports it
  ctx.addIssue({ code: 'custom', path: ['summary'], message: summary === undefined ? 'is required' : 'must not be empty' });
}

/** Run the summary rule whatever else is wrong with the note. */
export const ALWAYS = { when: () => true };

/** A draft's missing summary reads as '' from here on. */
export function summaryOrEmpty<N extends NoteRuleShape>({ summary, ...note }: N): Omit<N, 'summary'> & { summary: string } {
  return { ...note, summary: summary ?? '' };
}

export const noteSchema = noteFields.superRefine(requireSummaryUnlessDraft, ALWAYS).transform(summaryOrEmpty);

/** One row the editor picks for a brief's "By the numbers": a note of the quarter and one of its figures. */
export const numberPickSchema = z.object(
  {
    note: requiredText('a note slug'),
    figure: requiredText('a figure label'),
  },
  { error: expected('a pick (note, figure)') },
);

export const briefSchema = z.object({
  quarter: z
    .string({ error: expected('written YYYY-QN, e.g. 2025-Q1') })
    .trim()
    .regex(/^\d{4}-Q[1-4]$/i, {
      error: (issue) => `must be written YYYY-QN, e.g. 2025-Q1, got ${describeInput(issue.input)}`,
    })
    .transform((q) => q.toUpperCase()),
  title: requiredText(),
  summary: requiredText('plain text'),
  published: calendarDate,
  numbers: z.array(numberPickSchema, { error: expected('a list of picks (note, figure)') }).optional(),
  draft: z.boolean({ error: expected('true or false') }).default(false),
});

const hexColour = (fallback: string) =>
  z
    .string({ error: expected('a colour written #rrggbb') })
    .trim()
    .regex(/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i, { error: (issue) => `must be a colour written #rrggbb, got ${describeInput(issue.input)}` })
    .default(fallback);

/** A BCP 47 language tag (`en`, `de-CH`, `zh-Hant`), as Intl understands it. */
const languageTag = z
  .string({ error: expected('a language tag such as en or de-CH') })
  .trim()
  .refine(
    (tag) => {
      try {
        return Intl.getCanonicalLocales(tag).length === 1;
      } catch {
        return false;
      }
    },
    { error: (issue) => `must be a language tag such as en or de-CH, got ${describeInput(issue.input)}` },
  );

export const SITE_SETTINGS = ['name', 'tagline', 'description', 'language', 'author', 'url', 'colors', 'feedNoteLimit'] as const;

/**
 * `content/site.yaml`: the site's own identity, every field optional. Unknown settings are
 * refused (a misspelt `tagline` would otherwise be silently ignored).
 */
export const siteFileSchema = z.strictObject(
  {
    name: requiredText().default('Quarterly briefs'),
    tagline: requiredText().default('Quarterly briefs, built from curated notes.'),
    description: optionalText(),
    language: languageTag.default('en'),
    author: optionalText(),
    url: httpUrl.optional(),
    colors: z
      .strictObject(
        { accent: hexColour('#0b5cad'), ink: hexColour('#14171f'), paper: hexColour('#fbfaf7') },
        {
          error: (issue) =>
            issue.code === 'unrecognized_keys'
              ? `has no setting ${issue.keys.map((k) => `"${k}"`).join(', ')}: the colours are accent, ink and paper`
              : expected('colours (accent, ink, paper)')(issue),
        },
      )
      .default({ accent: '#0b5cad', ink: '#14171f', paper: '#fbfaf7' }),
    feedNoteLimit: z
      .number({ error: expected('a whole number of notes') })
      .int({ error: 'must be a whole number of notes' })
      .min(1, { error: 'must be at least 1' })
      .max(1000, { error: 'must be at most 1000' })
      .default(50),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `has no setting ${issue.keys.map((k) => `"${k}"`).join(', ')}: the settings are ${SITE_SETTINGS.join(', ')}`
        : expected('settings (`name: value` lines)')(issue),
  },
);

export type SiteFileData = z.output<typeof siteFileSchema>;
export type TopicData = z.output<typeof topicSchema>;
export type EntityData = z.output<typeof entitySchema>;
export type NumberPick = z.output<typeof numberPickSchema>;
export type NoteData = z.output<typeof noteSchema>;
export type BriefData = z.output<typeof briefSchema>;
export type Figure = z.output<typeof figureSchema>;
export type Quote = z.output<typeof quoteSchema>;
export type Source = z.output<typeof sourceSchema>;
