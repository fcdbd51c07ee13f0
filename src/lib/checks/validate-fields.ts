/**
 * Field rules: each file's frontmatter against the one schema of its collection
 * (src/lib/content/schema.ts). Zod issues become `{ file, field, message }`.
 */
import type { z } from 'zod';
import { briefSchema, entitySchema, noteSchema, topicSchema } from '../content/schema.ts';
import type { BriefData, EntityData, NoteData, TopicData } from '../content/schema.ts';
import { fieldPath } from './field-path.ts';
import type { ContentProblem } from './problem.ts';
import type { ContentFile, ContentKind } from './read-content.ts';
import { typoHint } from './typo-hint.ts';

export const schemas: Record<ContentKind, z.ZodType> = {
  topics: topicSchema,
  notes: noteSchema,
  briefs: briefSchema,
  entities: entitySchema,
};

interface DataOf {
  topics: TopicData;
  notes: NoteData;
  briefs: BriefData;
  entities: EntityData;
}

const parsed = new WeakMap<ContentFile, unknown>();

/**
 * A file's fields as its schema outputs them, or undefined when they do not pass (its own
 * problems say why). The rules across files read only valid files, so one mistake is
 * reported once, by the rule it breaks.
 */
export function validData<K extends ContentKind>(entry: ContentFile, kind: K): DataOf[K] | undefined {
  if (entry.kind !== kind || !entry.data) return undefined;
  if (!parsed.has(entry)) {
    const result = schemas[kind].safeParse(entry.data);
    parsed.set(entry, result.success ? result.data : undefined);
  }
  return parsed.get(entry) as DataOf[K] | undefined;
}

export function validateFields(entry: ContentFile): ContentProblem[] {
  if (!entry.data) return [];
  const schema = schemas[entry.kind];
  const result = schema.safeParse(entry.data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    let message = issue.message;
    if (message === 'is required') message += typoHint(schema, entry.data!, issue.path);
    return {
      file: entry.file,
      field: fieldPath(issue.path),
      message,
      line: entry.lineOf(issue.path),
    };
  });
}
