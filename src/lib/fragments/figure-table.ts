/** Figures in a table: each with its value, entity, period and, when asked, the note it comes from. */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { SourcedFigure } from '../catalog/index.ts';
import type { Figure } from '../content/schema.ts';
import { formatFigure } from '../figures.ts';
import type { NoteHref } from './nodes.ts';

export interface FigureTableOptions {
  caption: string;
  /** Hide the entity column when the caption names the entity. */
  showEntity?: boolean;
  /** A last column linking each figure's note (its figures must then say their note). */
  noteHref?: NoteHref;
}

/** A table that scrolls sideways on its own on a phone, named by its caption for screen readers. */
export function figureTable(figures: readonly (Figure | SourcedFigure)[], { caption, showEntity = true, noteHref }: FigureTableOptions): Element {
  const noteOf = (figure: Figure | SourcedFigure) => ('note' in figure ? figure.note : undefined);
  return h('div', { className: ['table-scroll'], role: 'region', ariaLabel: caption, tabIndex: 0 }, [
    h('table', { className: ['figures'] }, [
      h('caption', caption),
      h('thead', [
        h('tr', [
          h('th', { scope: 'col' }, 'Figure'),
          h('th', { scope: 'col', className: ['num'] }, 'Value'),
          showEntity ? h('th', { scope: 'col' }, 'Entity') : null,
          h('th', { scope: 'col' }, 'Period'),
          noteHref ? h('th', { scope: 'col' }, 'Note') : null,
        ]),
      ]),
      h(
        'tbody',
        figures.map((figure) => {
          const note = noteOf(figure);
          return h('tr', [
            h('th', { scope: 'row' }, figure.label),
            h('td', { className: ['num'] }, formatFigure(figure)),
            showEntity ? h('td', figure.entity ?? '—') : null,
            h('td', { className: ['nowrap'] }, figure.period ?? '—'),
            noteHref && note ? h('td', { className: ['figures__note'] }, [h('a', { href: noteHref(note) }, note.title)]) : null,
          ]);
        }),
      ),
    ]),
  ]);
}
