/**
 * Field rules: each file's frontmatter against the one schema of its collection
 * (src/lib/content/schema.ts). Zod issues become `{ file, field, message }`.
 */
import type { z } from 'zod';
import { briefSchema, noteSchema, topicSchema } from '../content/schema.ts';
import { fieldPath } from './field-path.ts';
import type { ContentProblem } from './problem.ts';
import type { ContentFile, ContentKind } from './read-content.ts';
import { typoHint } from './typo-hint.ts';

export const schemas: Record<ContentKind, z.ZodType> = {
  topics: topicSchema,
  notes: noteSchema,
  briefs: briefSchema,
};

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
