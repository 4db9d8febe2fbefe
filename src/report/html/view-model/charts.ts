/** Chart geometry: the per-control bar and the summary donut, from status counts. */
import type { StatusCounts } from './counts.js';

export interface BarSegment {
  cssClass: string;
  label: string;
  count: number;
  x: number;
  width: number;
}

export interface DonutSegment {
  cssClass: string;
  label: string;
  count: number;
  percent: string;
  dashArray: string;
  dashOffset: number;
}

function segmentsOf(counts: StatusCounts): { cssClass: string; label: string; count: number }[] {
  return [
    { cssClass: 'pass', label: 'Passed', count: counts.passed },
    { cssClass: 'fail', label: 'Failed', count: counts.failed },
    { cssClass: 'unknown', label: 'Unknown', count: counts.unknown },
    { cssClass: 'error', label: 'Error', count: counts.errors },
    { cssClass: 'suppressed', label: 'Suppressed', count: counts.suppressed },
    { cssClass: 'na', label: 'Not applicable', count: counts.notApplicable },
  ];
}

const BAR_WIDTH = 200;

export function barOf(counts: StatusCounts): BarSegment[] {
  if (counts.population === 0) return [];
  let x = 0;
  return segmentsOf(counts)
    .filter((segment) => segment.count > 0)
    .map((segment) => {
      const width = Math.max(1, round((segment.count / counts.population) * BAR_WIDTH));
      const bar = { ...segment, x: round(x), width };
      x += width;
      return bar;
    });
}

/** Donut on a circle of circumference 100 (r = 15.9155): dash lengths are percentages. */
export function donutOf(counts: StatusCounts): DonutSegment[] {
  if (counts.population === 0) return [];
  let offset = 25;
  return segmentsOf(counts)
    .filter((segment) => segment.count > 0)
    .map((segment) => {
      const share = (segment.count / counts.population) * 100;
      const donut = {
        ...segment,
        percent: share >= 10 ? share.toFixed(0) : share.toFixed(1),
        dashArray: `${round(share)} ${round(100 - share)}`,
        dashOffset: round(offset),
      };
      offset -= share;
      return donut;
    });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
