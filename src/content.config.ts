/**
 * Collections: the contract of SPEC.md, nothing else. The schemas live in
 * src/lib/content/schema.ts and the folders in src/lib/content/layout.ts, so the pre-build
 * checks read the same files with the very same rules.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { siteConfig } from './site.ts';
import { collectionDir, collectionLayout, type CollectionName } from './lib/content/layout.ts';
import { ALWAYS, briefSchema, entitySchema, noteFields, requireSummaryUnlessDraft, summaryOrEmpty, topicSchema } from './lib/content/schema.ts';
import { fileSlug } from './lib/slugs.ts';

const bySlug = ({ entry }: { entry: string }) => fileSlug(entry).toLowerCase();
const loader = (collection: CollectionName) =>
  glob({ pattern: collectionLayout[collection].pattern, base: collectionDir(siteConfig.contentDir, collection), generateId: bySlug });

const topics = defineCollection({ loader: loader('topics'), schema: topicSchema });

const notes = defineCollection({
  loader: loader('notes'),
  schema: noteFields
    .extend({ topics: z.array(reference('topics')).min(1) })
    .superRefine(requireSummaryUnlessDraft, ALWAYS)
    .transform(summaryOrEmpty),
});

const briefs = defineCollection({ loader: loader('briefs'), schema: briefSchema });

const entities = defineCollection({ loader: loader('entities'), schema: entitySchema });

export const collections = { topics, notes, briefs, entities };
