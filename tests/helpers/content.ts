/** Content inputs for catalog-level tests: a note with sensible defaults, a UTC day. */
import type { NoteInput } from '../../src/lib/catalog/index.ts';
import type { NoteData } from '../../src/lib/content/schema.ts';

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function noteInput(slug: string, date: string, overrides: Partial<NoteData> = {}): NoteInput {
  return {
    slug,
    data: {
      title: `Note ${slug}`,
      date: day(date),
      summary: `Summary of ${slug}.`,
      topics: ['ai-capex'],
      entities: [],
      source: { title: `Source of ${slug}`, publisher: 'Example Wire', url: `https://example.com/${slug}` },
      figures: [],
      quotes: [],
      draft: false,
      ...overrides,
    },
  };
}
