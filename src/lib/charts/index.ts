/**
 * Charts drawn at build time: plain data in, inline SVG out (as hast, then a string), no
 * JavaScript and no DOM. d3-scale and d3-shape compute the geometry; values are written by
 * formatFigure, as everywhere else; colours come from the site's stylesheet through
 * classes, so light, dark and print all work.
 */
export { barSvg } from './bars.ts';
export { barRows, describeRows, timeSeriesRows, trendRows } from './rows.ts';
export { toSvg } from './svg.ts';
export { timeSeriesSvg } from './time-series.ts';
export { TREND_LARGE, TREND_SMALL, trendSvg, type TrendSize } from './trend.ts';
export { comparisonChart, numbersChart, seriesChart, seriesTitle, trendChart, type NoteHref } from './catalog-charts.ts';
export type * from './types.ts';
