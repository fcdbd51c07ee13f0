/** Ways to list a quarter's figures beyond "By the numbers". */
import type { EntityRef, SourcedFigure } from './types.ts';

export interface EntityFigures {
  /** null for figures that name no entity (listed last). */
  entity: EntityRef | null;
  figures: SourcedFigure[];
}

/** Figures grouped by the entity they are about, entities by name, each group in the given order. */
export function figuresByEntity(figures: readonly SourcedFigure[]): EntityFigures[] {
  const groups = new Map<string, EntityFigures>();
  for (const figure of figures) {
    const key = figure.entityRef?.slug ?? '';
    const group = groups.get(key) ?? { entity: figure.entityRef, figures: [] };
    group.figures.push(figure);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => {
    if (!a.entity || !b.entity) return a.entity ? -1 : b.entity ? 1 : 0;
    return a.entity.name.localeCompare(b.entity.name, 'en');
  });
}
