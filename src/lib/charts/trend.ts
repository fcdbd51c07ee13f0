/** Notes per quarter as a row of small bars: a topic's rhythm at a glance. */
import type { ElementContent } from 'hast';
import { s } from 'hastscript';
import { describeRows, trendRows } from './rows.ts';
import { r, svgFrame } from './svg.ts';
import type { TrendChart } from './types.ts';

export interface TrendSize {
  /** Width of one quarter's bar, gap included. */
  step: number;
  height: number;
}

export const TREND_SMALL: TrendSize = { step: 8, height: 24 };
export const TREND_LARGE: TrendSize = { step: 18, height: 56 };

/** The counts are in the page as text beside it (TrendChart.astro), so the drawing is decorative. */
export function trendSvg(chart: TrendChart, options: { id: string; size?: TrendSize }) {
  const { step, height } = options.size ?? TREND_SMALL;
  const most = Math.max(1, ...chart.counts.map((point) => point.count));
  const children: ElementContent[] = chart.counts.map((point, i) => {
    const h = point.count === 0 ? 1.5 : Math.max(2, (point.count / most) * (height - 2));
    return s(
      'rect',
      { x: r(i * step), y: r(height - h), width: r(step * 0.72), height: r(h), class: point.count === 0 ? 'chart__bar chart__bar--empty' : 'chart__bar' },
      [s('title', `${point.label}: ${point.count}`)],
    );
  });
  return svgFrame(
    { id: options.id, width: Math.max(step, chart.counts.length * step), height, title: chart.title, description: describeRows(trendRows(chart)), className: 'chart__svg--trend', decorative: true },
    children,
  );
}
