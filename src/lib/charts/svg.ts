/**
 * The SVG pieces every chart shares, as hast (hastscript's `s`), so every string that
 * comes from content is escaped when serialised. Coordinates are rounded so that the
 * same data always gives byte-identical markup.
 */
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { s } from 'hastscript';

/** Two decimals are far below a pixel at any size a chart is shown. */
export const r = (n: number) => Math.round(n * 100) / 100;

/**
 * Text sizes in the chart's own units. They are set on each <text> rather than in the
 * stylesheet because the layout measures labels with them: a stylesheet that changed them
 * would make labels overlap. The family is the page's.
 */
export const FONT = { tick: 12, label: 13, value: 13 } as const;

/**
 * A label's width, estimated: no font is at hand at build time, so each character counts
 * as a share of the size a little above a sans-serif's average (digits and lower case are
 * narrower, capitals wider), and bold text a little more. Room planned with it errs wide.
 */
export function textWidth(value: string, size: number, bold = false): number {
  return [...value].length * size * (bold ? 0.64 : 0.6);
}

/** Words in lines no wider than `width`; a word longer than a line gets a line of its own. */
export function wrapText(value: string, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const word of value.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, size) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [''];
}

export function checkUnits(unit: string, items: readonly { unit: string }[]): void {
  const other = items.find((item) => item.unit !== unit);
  if (other) throw new Error(`a chart in ${unit} cannot show a value in ${other.unit}`);
}

export interface SvgFrame {
  /** Prefix for the ids of the chart's title and description; unique on the page. */
  id: string;
  width: number;
  height: number;
  title: string;
  description: string;
  className: string;
  /** Drawn for the eye only: the page says the same in text (a trend row's counts). */
  decorative?: boolean;
}

/** The accessible frame: role="img" named by its own <title> and described by its <desc>. */
export function svgFrame(frame: SvgFrame, children: ElementContent[]): Element {
  const titleId = `${frame.id}-title`;
  const descId = `${frame.id}-desc`;
  return s(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${frame.width} ${frame.height}`,
      class: `chart__svg ${frame.className}`,
      ...(frame.decorative ? { 'aria-hidden': 'true', focusable: 'false' } : { role: 'img', 'aria-labelledby': `${titleId} ${descId}` }),
    },
    [s('title', { id: titleId }, frame.title), s('desc', { id: descId }, frame.description), ...children],
  );
}

export function toSvg(svg: Element): string {
  return toHtml(svg, { space: 'svg' });
}

export type Anchor = 'start' | 'middle' | 'end';

export function text(x: number, y: number, value: string, className: keyof typeof FONT, anchor: Anchor = 'start'): Element {
  return s('text', { x: r(x), y: r(y), class: `chart__${className}`, 'font-size': FONT[className], 'text-anchor': anchor }, value);
}
