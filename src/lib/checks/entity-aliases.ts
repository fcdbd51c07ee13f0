/**
 * Entity files must not fight over a name: one alias on two files, or an alias that is
 * another file's name, would file a note's `Google` under either. Each conflict names both
 * files, on the line of the alias that causes it.
 */
import { claimedSlugs } from '../catalog/entities.ts';
import { slugify } from '../slugs.ts';
import type { ContentProblem } from './problem.ts';
import type { ContentFile } from './read-content.ts';
import { validData } from './validate-fields.ts';

interface EntityFile {
  file: ContentFile;
  slug: string;
  name: string;
  aliases: string[];
}

export function conflictingAliases(files: readonly ContentFile[]): ContentProblem[] {
  const entities: EntityFile[] = files.flatMap((file) => {
    if (file.kind !== 'entities') return [];
    const data = validData(file, 'entities');
    return data ? [{ file, slug: file.slug, name: data.name, aliases: data.aliases }] : [];
  });
  // A file's own slug and its name's slug are its own; an alias may not take them.
  const ownedBy = new Map<string, EntityFile>();
  for (const entity of entities) {
    for (const slug of [entity.slug, slugify(entity.name)]) if (slug && !ownedBy.has(slug)) ownedBy.set(slug, entity);
  }
  const aliasOf = new Map<string, { entity: EntityFile; alias: string }>();
  const problems: ContentProblem[] = [];
  for (const entity of entities) {
    entity.aliases.forEach((alias, index) => {
      const slug = slugify(alias);
      const field = `aliases[${index}]`;
      const line = entity.file.lineOf(['aliases', index]);
      const owner = ownedBy.get(slug);
      if (owner && owner !== entity) {
        problems.push({
          file: entity.file.file,
          field,
          line,
          message: `"${alias}" is the name of another entity, ${owner.file.file} ("${owner.name}"): remove the alias, or merge the two files`,
        });
        return;
      }
      const earlier = aliasOf.get(slug);
      if (earlier && earlier.entity !== entity) {
        problems.push({
          file: entity.file.file,
          field,
          line,
          message: `"${alias}" is also an alias of ${earlier.entity.file.file} ("${earlier.entity.name}"): an alias may belong to one entity only`,
        });
        return;
      }
      aliasOf.set(slug, { entity, alias });
    });
  }
  return problems;
}

/** Every slug the entity files claim, with the file's own slug: aliases lead to their owner. */
export function entityClaims(files: readonly ContentFile[]): Map<string, string> {
  const claims = new Map<string, string>();
  for (const file of files) {
    if (file.kind !== 'entities') continue;
    const data = validData(file, 'entities');
    if (!data) continue;
    for (const slug of claimedSlugs({ slug: file.slug, data })) if (!claims.has(slug)) claims.set(slug, file.slug);
  }
  return claims;
}
