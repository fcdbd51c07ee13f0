/**
 * Notes and briefs back to files: the inverse of schema.ts. Every script that writes
 * content (new-note, new-brief) goes through here, so that written files share one key
 * order (the README's), one date form (YYYY-MM-DD, as editors write it) and one YAML style.
 */
import { Document, isSeq, stringify } from 'yaml';
import { isoDay } from '../dates.ts';
import type { Figure } from './schema.ts';

/** A figure as the note schema gives it back (period written as text). */
export type FigureToWrite = Figure;

export interface QuoteToWrite {
  text: string;
  by: string;
  role?: string;
}

export interface SourceToWrite {
  title: string;
  publisher: string;
  url?: string;
  published?: Date;
  author?: string;
}

/** A note as noteSchema outputs it, or a draft on its way to becoming one. */
export interface NoteToWrite {
  title: string;
  date: Date;
  summary?: string | null;
  topics: readonly string[];
  entities?: readonly string[];
  source: SourceToWrite;
  figures?: readonly FigureToWrite[];
  quotes?: readonly QuoteToWrite[];
  draft?: boolean;
}

export interface BriefToWrite {
  quarter: string;
  title: string;
  summary: string;
  published: Date;
  numbers?: readonly { note: string; figure: string }[];
  draft?: boolean;
}

type Fields = Record<string, unknown>;

/** Drops absent fields so that the file says only what is known. */
function defined(fields: Fields): Fields {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/** `period: 2025` reads better than `period: "2025"`, and the schema takes both. */
function periodValue(period: string | undefined): string | number | undefined {
  return period !== undefined && /^\d{4}$/.test(period) ? Number(period) : period;
}

function figureFields(figure: FigureToWrite): Fields {
  return defined({
    label: figure.label,
    entity: figure.entity,
    value: figure.value,
    upto: figure.upto,
    unit: figure.unit,
    period: periodValue(figure.period),
    metric: figure.metric,
  });
}

function frontmatter(fields: Fields, flowLists: readonly string[]): string {
  const document = new Document(fields);
  // Short lists of slugs and names stay on one line, as in the README: `topics: [ai-capex, chips]`.
  for (const key of flowLists) {
    const node = document.get(key, true);
    if (isSeq(node)) node.flow = true;
  }
  // lineWidth 0: a long quote stays on one line rather than being folded mid-sentence.
  return stringify(document, { lineWidth: 0 });
}

function file(yaml: string, body: string): string {
  const text = body.replace(/^\n+/, '');
  return `---\n${yaml}---\n${text}${text && !text.endsWith('\n') ? '\n' : ''}`;
}

export function serializeNote(note: NoteToWrite, body = ''): string {
  const fields = defined({
    title: note.title,
    date: isoDay(note.date),
    summary: note.summary ?? '',
    topics: [...note.topics],
    entities: note.entities?.length ? [...note.entities] : undefined,
    source: defined({
      title: note.source.title,
      publisher: note.source.publisher,
      url: note.source.url,
      published: note.source.published ? isoDay(note.source.published) : undefined,
      author: note.source.author,
    }),
    figures: note.figures?.length ? note.figures.map(figureFields) : undefined,
    quotes: note.quotes?.length ? note.quotes.map((quote) => defined({ text: quote.text, by: quote.by, role: quote.role })) : undefined,
    draft: note.draft,
  });
  return file(frontmatter(fields, ['topics', 'entities']), body);
}

export function serializeBrief(brief: BriefToWrite, body = ''): string {
  const fields = defined({
    quarter: brief.quarter,
    title: brief.title,
    summary: brief.summary,
    published: isoDay(brief.published),
    numbers: brief.numbers?.length ? brief.numbers.map((pick) => ({ note: pick.note, figure: pick.figure })) : undefined,
    draft: brief.draft,
  });
  return file(frontmatter(fields, []), body);
}
