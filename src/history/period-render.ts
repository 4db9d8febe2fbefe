/**
 * The period report as HTML (handlebars, escaping output only: evidence is
 * data, never markup). It lists the exceptions the report holds in memory;
 * period.json lists all of them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { PACKAGE_ROOT } from '../version.js';
import type { PeriodReport } from './period.js';

export const PERIOD_TEMPLATE = join(PACKAGE_ROOT, 'templates', 'period', 'report.hbs');

export function hasGaps(report: PeriodReport): boolean {
  return Object.values(report.gaps).some((list: unknown[]) => list.length > 0);
}

export async function renderPeriodHtml(report: PeriodReport): Promise<string> {
  const source = await readFile(PERIOD_TEMPLATE, 'utf8');
  const template = Handlebars.create().compile(source, { strict: false, noEscape: false });
  return template({
    ...report,
    exceptionsShown: report.exceptions.length,
    exceptionsTotal: report.exceptionCount.total,
    exceptionsOmitted: report.exceptions.length < report.exceptionCount.total,
    hasGaps: hasGaps(report),
  });
}
