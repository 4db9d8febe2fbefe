/** The period report as JSON and HTML (handlebars, escaping output only: evidence is data, never markup). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { PACKAGE_ROOT } from '../version.js';
import type { PeriodReport } from './period.js';

export const PERIOD_TEMPLATE = join(PACKAGE_ROOT, 'templates', 'period', 'report.hbs');

/** The HTML lists this many exceptions; the JSON lists all. */
export const HTML_EXCEPTION_LIMIT = 2000;

export function renderPeriodJson(report: PeriodReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function hasGaps(report: PeriodReport): boolean {
  return Object.values(report.gaps).some((list: unknown[]) => list.length > 0);
}

export async function renderPeriodHtml(report: PeriodReport): Promise<string> {
  const source = await readFile(PERIOD_TEMPLATE, 'utf8');
  const template = Handlebars.create().compile(source, { strict: false, noEscape: false });
  const shown = report.exceptions.slice(0, HTML_EXCEPTION_LIMIT);
  return template({
    ...report,
    exceptions: shown,
    exceptionsShown: shown.length,
    exceptionsTotal: report.exceptions.length,
    exceptionsOmitted: shown.length < report.exceptions.length,
    hasGaps: hasGaps(report),
  });
}
