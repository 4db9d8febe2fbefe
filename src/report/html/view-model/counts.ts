/** Findings counted by status, per control, per criterion and in all. */
import type { Status } from '../../../engine/finding.js';

export interface StatusCounts {
  population: number;
  passed: number;
  failed: number;
  unknown: number;
  errors: number;
  suppressed: number;
  notApplicable: number;
}

export function emptyCounts(): StatusCounts {
  return { population: 0, passed: 0, failed: 0, unknown: 0, errors: 0, suppressed: 0, notApplicable: 0 };
}

export function addTo(counts: StatusCounts, status: Status): void {
  counts.population += 1;
  if (status === 'PASS') counts.passed += 1;
  else if (status === 'FAIL') counts.failed += 1;
  else if (status === 'UNKNOWN') counts.unknown += 1;
  else if (status === 'ERROR') counts.errors += 1;
  else if (status === 'SUPPRESSED') counts.suppressed += 1;
  else counts.notApplicable += 1;
}

export function sumCounts(list: readonly StatusCounts[]): StatusCounts {
  const total = emptyCounts();
  for (const counts of list) {
    for (const key of Object.keys(total) as (keyof StatusCounts)[]) total[key] += counts[key];
  }
  return total;
}
