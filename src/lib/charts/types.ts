/** What a chart is given: plain numbers with their units, formatted later by formatFigure. */

export interface ChartValue {
  value: number;
  upto?: number;
  unit: string;
}

export interface TimePoint extends ChartValue {
  /** Position in time, in fractional years (2024 → 2024.5, 2025-Q1 → 2025.125). */
  at: number;
  /** How a reader names the point: `2024`, `2025-Q1`, `2025-01-29`. */
  label: string;
  /** Longer text for the table: the figure's own label and its note. */
  detail?: string;
  /** A site href for the table row. */
  href?: string;
}

/** An entity's figures of one series over time. */
export interface TimeSeriesChart {
  title: string;
  unit: string;
  points: TimePoint[];
}

export interface BarItem extends ChartValue {
  label: string;
  detail?: string;
  href?: string;
}

/** Values of one unit side by side: entities compared, or a brief's numbers. */
export interface BarChart {
  title: string;
  unit: string;
  bars: BarItem[];
}

/** Notes per quarter, as a small row of bars. */
export interface TrendChart {
  title: string;
  counts: { label: string; count: number; href?: string }[];
}

/** One row of the table that goes with every chart: the same numbers, as text. */
export interface ChartRow {
  label: string;
  value: string;
  detail?: string;
  href?: string;
}
