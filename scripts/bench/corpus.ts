/**
 * The corpus model as content files (`topics/`, `entities/`, `notes/<yyyy>/`, `briefs/`).
 * Every file is written through the `yaml` package (frontmatter = yaml.stringify(data)),
 * and its frontmatter, read back as a parser would, must equal the data and pass the
 * project's own schema (src/lib/content/schema.ts) before it is written: a generator bug
 * fails loudly here, never as a puzzling build. checkCorpus then runs the build's own
 * content checks over the whole folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse, stringify } from 'yaml';
import type { z } from 'zod';
import { inspectContent, type ContentProblem } from '../../src/lib/checks/check-content.ts';
import { briefFilePath, collectionDir, noteFilePath, type CollectionName } from '../../src/lib/content/layout.ts';
import { parseQuarter } from '../../src/lib/quarters.ts';
import { briefSchema, entitySchema, noteSchema, topicSchema } from '../../src/lib/content/schema.ts';
import type { BriefModel, CorpusModel, EntityFileModel, NoteModel, TopicModel } from './model.ts';

export interface CorpusFile {
  kind: CollectionName;
  /** Relative to the content root, with `/`: `notes/2025/2025-q1-chips-0001.md`. */
  rel: string;
  data: Record<string, unknown>;
  /** Markdown; may be empty. */
  body: string;
}

const SCHEMAS: Record<CollectionName, z.ZodType> = {
  topics: topicSchema,
  notes: noteSchema,
  briefs: briefSchema,
  entities: entitySchema,
};

const rel = (file: string) => file.split(path.sep).join('/');

export function topicFile(topic: TopicModel): CorpusFile {
  return {
    kind: 'topics',
    rel: rel(path.join(collectionDir('', 'topics'), `${topic.slug}.md`)),
    data: { title: topic.title, description: topic.description },
    body: topic.body,
  };
}

export function entityFile(entity: EntityFileModel): CorpusFile {
  return {
    kind: 'entities',
    rel: rel(path.join(collectionDir('', 'entities'), `${entity.slug}.md`)),
    data: { name: entity.name, description: entity.description, ...(entity.aliases.length ? { aliases: entity.aliases } : {}) },
    body: entity.body,
  };
}

export function noteFile(note: NoteModel): CorpusFile {
  return {
    kind: 'notes',
    rel: rel(noteFilePath('', new Date(`${note.date}T00:00:00Z`), note.slug)),
    data: {
      title: note.title,
      date: note.date,
      summary: note.summary,
      topics: note.topics,
      entities: note.entities,
      source: note.source,
      ...(note.figures.length ? { figures: note.figures } : {}),
      ...(note.quotes.length ? { quotes: note.quotes } : {}),
    },
    body: note.body,
  };
}

export function briefFile(brief: BriefModel): CorpusFile {
  const quarter = parseQuarter(brief.quarter);
  if (!quarter) throw new Error(`bench corpus: brief quarter "${brief.quarter}" is not YYYY-QN`);
  return {
    kind: 'briefs',
    rel: rel(briefFilePath('', quarter)),
    data: {
      quarter: brief.quarter,
      title: brief.title,
      summary: brief.summary,
      published: brief.published,
      ...(brief.numbers ? { numbers: brief.numbers } : {}),
    },
    body: brief.body,
  };
}

export function corpusFiles(model: CorpusModel): CorpusFile[] {
  return [
    ...model.topics.map(topicFile),
    ...model.entityFiles.map(entityFile),
    ...model.notes.map(noteFile),
    ...model.briefs.map(briefFile),
  ];
}

/**
 * The file's text, after proving that its frontmatter reads back as its data and that the
 * data passes the schema of its collection. Throws with every problem otherwise.
 */
export function renderFile(file: CorpusFile): string {
  const frontmatter = stringify(file.data, { lineWidth: 0 });
  const problems: string[] = [];
  const readBack: unknown = parse(frontmatter);
  if (!isDeepStrictEqual(readBack, file.data)) problems.push('frontmatter does not read back as the data it was written from');
  const result = SCHEMAS[file.kind].safeParse(readBack);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(`${issue.path.join('.') || '(file)'}: ${issue.message}`);
  }
  if (problems.length) {
    throw new Error(`bench corpus: generated ${file.rel} is invalid:\n  ${problems.join('\n  ')}\n--- frontmatter ---\n${frontmatter}`);
  }
  return `---\n${frontmatter}---\n${file.body ? `\n${file.body}\n` : ''}`;
}

export function writeFile(root: string, file: CorpusFile): void {
  const text = renderFile(file);
  const target = path.join(root, ...file.rel.split('/'));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
}

/** Writes the whole corpus into `root` (which must not exist yet or be empty). Returns the file count. */
export function writeCorpus(root: string, model: CorpusModel): number {
  if (fs.existsSync(root) && fs.readdirSync(root).length) throw new Error(`bench corpus: ${root} is not empty`);
  const files = corpusFiles(model);
  // Render (and so validate) everything before writing anything.
  const texts = files.map((file) => [file, renderFile(file)] as const);
  for (const [file, text] of texts) {
    const target = path.join(root, ...file.rel.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  }
  return files.length;
}

/** Rewrites one note in place (the edit scenarios), validated like the rest. */
export function writeNote(root: string, note: NoteModel): string {
  const file = noteFile(note);
  writeFile(root, file);
  return file.rel;
}

/** The build's own content checks over the written corpus: the benchmark refuses any problem. */
export async function checkCorpus(root: string): Promise<ContentProblem[]> {
  return (await inspectContent(root)).problems;
}
