/**
 * Collections: the contract of SPEC.md, nothing else. The schemas live in
 * src/lib/content/schema.ts so the pre-build checks validate with the very same rules.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './site.ts';
import { briefSchema, noteFields, requireSummaryUnlessDraft, summaryOrEmpty, topicSchema } from './lib/content/schema.ts';
import { fileSlug } from './lib/slugs.ts';

const root = contentDir();
const bySlug = ({ entry }: { entry: string }) => fileSlug(entry).toLowerCase();

const topics = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: `${root}/topics`, generateId: bySlug }),
  schema: topicSchema,
});

const notes = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: `${root}/notes`, generateId: bySlug }),
  schema: noteFields
    .extend({ topics: z.array(reference('topics')).min(1) })
    .superRefine(requireSummaryUnlessDraft)
    .transform(summaryOrEmpty),
});

const briefs = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: `${root}/briefs`, generateId: bySlug }),
  schema: briefSchema,
});

export const collections = { topics, notes, briefs };
