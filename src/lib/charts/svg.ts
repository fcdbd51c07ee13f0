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

export function text(x: number, y: number, value: string, className: string, anchor: 'start' | 'middle' | 'end' = 'start'): Element {
  return s('text', { x: r(x), y: r(y), class: className, 'text-anchor': anchor }, value);
}
