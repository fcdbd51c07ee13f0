/**
 * The one loader for scripts (email, new-brief, lint): reads a content folder with the code
 * the content checks use, runs those checks, and, when they pass, builds the catalog from
 * the same four collections the site build reads (src/data/catalog.ts), entities included,
 * so a script sees aliases, drafts and "By the numbers" exactly as the pages do.
 *
 * Pure of Astro and of the environment: the caller passes the folder and the settings.
 */
import type { z } from 'zod';
import { buildCatalog, type Catalog, type CatalogInput } from '../catalog/index.ts';
import { inspectContent, type ContentProblem } from '../checks/check-content.ts';
import type { ContentFile } from '../checks/read-content.ts';
import {
  briefSchema,
  entitySchema,
  noteSchema,
  topicSchema,
  type BriefData,
  type EntityData,
  type NoteData,
  type TopicData,
} from './schema.ts';

/** A content file whose frontmatter passed its collection's schema, with the parsed data. */
export interface ContentEntry<Data> {
  file: ContentFile;
  data: Data;
}

/** Every file that parsed, by collection, in the order the checks read them. */
export interface ContentEntries {
  notes: ContentEntry<NoteData>[];
  topics: ContentEntry<TopicData>[];
  briefs: ContentEntry<BriefData>[];
  entities: ContentEntry<EntityData>[];
}

export interface LoadOptions {
  /** Drafts count as they do in `astro dev` (true) or in a production build (false, the default). */
  includeDrafts?: boolean;
}

export interface LoadedContent {
  /** The build's content errors, sorted; the catalog is built only when there are none. */
  problems: ContentProblem[];
  files: ContentFile[];
  /** The files that parsed, even when others did not (lint rules look at what they can). */
  entries: ContentEntries;
  catalog: Catalog | null;
}

export async function loadContent(root: string, options: LoadOptions = {}): Promise<LoadedContent> {
  const { problems, files } = await inspectContent(root);
  const entries = parseEntries(files);
  const catalog = problems.length === 0 ? buildCatalog(catalogInput(entries), { includeDrafts: options.includeDrafts ?? false }) : null;
  return { problems, files, entries, catalog };
}

/** Each file's frontmatter through its collection's schema; files that fail are left out. */
export function parseEntries(files: readonly ContentFile[]): ContentEntries {
  const parse = <Data>(kind: ContentFile['kind'], schema: z.ZodType<Data>) =>
    files.flatMap((file): ContentEntry<Data>[] => {
      if (file.kind !== kind || !file.data) return [];
      const result = schema.safeParse(file.data);
      return result.success ? [{ file, data: result.data }] : [];
    });
  return {
    notes: parse<NoteData>('notes', noteSchema),
    topics: parse<TopicData>('topics', topicSchema),
    briefs: parse<BriefData>('briefs', briefSchema),
    entities: parse<EntityData>('entities', entitySchema),
  };
}

/** The catalog's input as src/data/catalog.ts makes it from Astro's collections. */
export function catalogInput(entries: ContentEntries): CatalogInput {
  return {
    notes: entries.notes.map(({ file, data }) => ({ slug: file.slug, data, body: file.body })),
    topics: entries.topics.map(({ file, data }) => ({ slug: file.slug, data, body: file.body })),
    briefs: entries.briefs.map(({ file, data }) => ({ slug: file.slug, data, body: file.body })),
    entities: entries.entities.map(({ file, data }) => ({ slug: file.slug, data, body: file.body })),
  };
}
