/** `soc2 diff` as JSON, Markdown, or plain lines for a terminal. */
import type { FindingChange } from '../engine/changes.js';
import { terminalSafe } from '../report/console.js';
import { markdownEscape } from '../report/markdown.js';
import type { DiffReport } from './diff.js';

export function renderDiffJson(report: DiffReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

function headline(report: DiffReport): string {
  const c = report.counts;
  return `${c.newFailures} new failure(s), ${c.resolved} resolved, ${c.stillFailing} still failing, ${c.newlyIncomplete} newly incomplete; ${c.newResources} new and ${c.removedResources} removed resource(s); ${c.expiringSuppressions} suppression(s) expiring within 14 days`;
}

const status = (value: string | undefined): string => value ?? 'absent';

interface Section {
  title: string;
  header: string[];
  rows: string[][];
}

function sections(report: DiffReport): Section[] {
  const changeRows = (changes: FindingChange[]): string[][] =>
    changes.map((change) => [
      change.ruleId,
      change.resourceLabel,
      `${status(change.before)} -> ${status(change.after)}`,
      change.message,
    ]);
  const changeHeader = ['Rule', 'Resource', 'Status', 'Message'];
  return [
    { title: 'New failures', header: changeHeader, rows: changeRows(report.changes.newFailures) },
    { title: 'Resolved', header: changeHeader, rows: changeRows(report.changes.resolved) },
    {
      title: 'Evidence newly incomplete',
      header: changeHeader,
      rows: changeRows(report.changes.newlyIncomplete),
    },
    {
      title: 'Still failing',
      header: ['Rule', 'Resource', 'Severity', 'Failing since'],
      rows: report.stillFailing.map((item) => [
        item.ruleId,
        item.resourceLabel,
        item.severity,
        item.sinceBasis === 'pack-history' ? item.since : `${item.since} (the older run; may be earlier)`,
      ]),
    },
    {
      title: 'New resources',
      header: ['Type', 'Resource', 'Id'],
      rows: report.newResources.map((resource) => [resource.type, resource.label, resource.id]),
    },
    {
      title: 'Removed resources',
      header: ['Type', 'Resource', 'Id'],
      rows: report.removedResources.map((resource) => [resource.type, resource.label, resource.id]),
    },
    {
      title: 'Suppressions expiring within 14 days',
      header: ['Rule', 'Resource', 'Expires', 'Days left', 'Justification'],
      rows: report.expiringSuppressions.map((item) => [
        item.ruleId,
        item.resourceLabel,
        item.expires,
        String(item.daysLeft),
        item.justification,
      ]),
    },
  ];
}

export function renderDiffMarkdown(report: DiffReport): string {
  const lines = [
    `# Changes in ${markdownEscape(report.new.scope)}`,
    '',
    `From ${markdownEscape(report.old.startedAt)} (${markdownEscape(report.old.source)}) to ${markdownEscape(report.new.startedAt)} (${markdownEscape(report.new.source)}).`,
    '',
    headline(report),
  ];
  for (const section of sections(report)) {
    lines.push('', `## ${section.title} (${section.rows.length})`, '');
    if (section.rows.length === 0) {
      lines.push('None.');
      continue;
    }
    lines.push(`| ${section.header.join(' | ')} |`, `|${section.header.map(() => ' --- ').join('|')}|`);
    for (const row of section.rows) lines.push(`| ${row.map(markdownEscape).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

export function renderDiffConsole(report: DiffReport): string {
  const lines = [
    `${terminalSafe(report.old.startedAt)} -> ${terminalSafe(report.new.startedAt)} (${terminalSafe(report.new.scope)})`,
  ];
  for (const section of sections(report)) {
    if (section.rows.length === 0) continue;
    lines.push('', `${section.title} (${section.rows.length}):`);
    for (const row of section.rows) lines.push(`  ${row.map(terminalSafe).join('  ')}`);
  }
  lines.push('', headline(report));
  return `${lines.join('\n')}\n`;
}
