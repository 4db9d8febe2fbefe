/**
 * JUnit XML for CI test-report views: one testsuite per rule, one testcase per
 * resource. FAIL is a failure, UNKNOWN/ERROR an error (the check could not be
 * completed), SUPPRESSED/NOT_APPLICABLE skipped with the reason. Everything is
 * text-escaped; no CDATA, so no `]]>` in a resource name can break out.
 * `timestamp` is when the rules ran; the recording dates of a live or snapshot
 * scan are properties of each suite and lines of each failure's details.
 */
import type { Finding, ScanResult } from '../engine/finding.js';
import { describeResource } from './console.js';
import { findingTimes, windowText } from './evidence-time.js';

/** Escapes for both text and double-quoted attributes; drops characters XML 1.0 cannot carry. */
export function xmlEscape(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      .replace(/\r/g, '&#13;')
      .replace(/\n/g, '&#10;')
      .replace(/\t/g, '&#9;')
  );
}

function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${xmlEscape(String(value))}"`)
    .join('');
}

function details(finding: Finding, scan: ScanResult['scan']): string {
  const lines = [
    `rule: ${finding.ruleId} (${finding.severity}; ${finding.controls.join(', ')})`,
    `resource: ${describeResource(finding.resource)}`,
    `message: ${finding.message}`,
  ];
  if (scan.evidenceDates) {
    const times = findingTimes(finding, scan);
    lines.push(`facts recorded: ${windowText(times)}; evaluated at ${times.evaluatedAt}`);
  }
  if (Object.keys(finding.evidence).length > 0) lines.push(`evidence: ${JSON.stringify(finding.evidence)}`);
  if (finding.expiredSuppression) {
    lines.push(
      `expired suppression: ${finding.expiredSuppression.justification} (${finding.expiredSuppression.source})`,
    );
  }
  return lines.map((line) => xmlEscape(line)).join('&#10;');
}

function testcase(finding: Finding, scan: ScanResult['scan']): string {
  const open = `    <testcase${attributes({
    classname: finding.ruleId,
    name: describeResource(finding.resource),
    file: finding.resource.file,
    line: finding.resource.line,
  })}`;
  switch (finding.status) {
    case 'PASS':
      return `${open}/>`;
    case 'FAIL':
      return `${open}>\n      <failure${attributes({ message: finding.message, type: finding.severity })}>${details(finding, scan)}</failure>\n    </testcase>`;
    case 'UNKNOWN':
    case 'ERROR':
      return `${open}>\n      <error${attributes({
        message: `${finding.status === 'ERROR' ? 'rule error' : 'could not be checked'}: ${finding.message}`,
        type: finding.status,
      })}>${details(finding, scan)}</error>\n    </testcase>`;
    case 'SUPPRESSED': {
      const applied = finding.suppression;
      const reason = applied
        ? `suppressed (${applied.source}${applied.expires ? `, until ${applied.expires}` : ''}): ${applied.justification}`
        : 'suppressed';
      return `${open}>\n      <skipped${attributes({ message: reason })}/>\n    </testcase>`;
    }
    case 'NOT_APPLICABLE':
      return `${open}>\n      <skipped${attributes({ message: `not applicable: ${finding.message}` })}/>\n    </testcase>`;
  }
}

/**
 * `timestamp` is when the rules ran; a live or snapshot scan also says when its
 * facts were recorded, which for a replay is earlier, and older facts' dates.
 */
function dateProperties(scan: ScanResult['scan']): string[] {
  if (!scan.evidenceDates) return [];
  const property = (name: string, value: string) => `      <property${attributes({ name, value })}/>`;
  return [
    property('evaluated-at', scan.startedAt),
    ...scan.evidenceDates.recorded.map((entry) =>
      property(
        'facts-recorded',
        `${entry.account} ${entry.region}: ${windowText({ observedFrom: entry.from, observedTo: entry.to })}`,
      ),
    ),
    ...scan.evidenceDates.olderFacts.map((fact) =>
      property(
        'older-fact',
        `${fact.action} ${[fact.account, fact.region].filter(Boolean).join(' ')}: ${fact.asOf}`,
      ),
    ),
  ];
}

export function renderJunit(result: ScanResult): string {
  const byRule = new Map<string, Finding[]>();
  for (const rule of result.rules) byRule.set(rule.id, []);
  for (const finding of result.findings) {
    const list = byRule.get(finding.ruleId);
    if (list) list.push(finding);
    else byRule.set(finding.ruleId, [finding]);
  }
  const titles = new Map(result.rules.map((rule) => [rule.id, rule.title]));
  const suites: string[] = [];
  let totals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const [ruleId, findings] of byRule) {
    const counts = {
      tests: findings.length,
      failures: findings.filter((finding) => finding.status === 'FAIL').length,
      errors: findings.filter((finding) => finding.status === 'UNKNOWN' || finding.status === 'ERROR').length,
      skipped: findings.filter(
        (finding) => finding.status === 'SUPPRESSED' || finding.status === 'NOT_APPLICABLE',
      ).length,
    };
    totals = {
      tests: totals.tests + counts.tests,
      failures: totals.failures + counts.failures,
      errors: totals.errors + counts.errors,
      skipped: totals.skipped + counts.skipped,
    };
    const header = `  <testsuite${attributes({ name: ruleId, ...counts, timestamp: result.scan.startedAt })}>`;
    const properties = [
      `      <property${attributes({ name: 'title', value: titles.get(ruleId) ?? ruleId })}/>`,
      ...dateProperties(result.scan),
    ];
    const title = ['    <properties>', ...properties, '    </properties>'].join('\n');
    suites.push(
      [header, title, ...findings.map((finding) => testcase(finding, result.scan)), '  </testsuite>'].join(
        '\n',
      ),
    );
  }
  const root = `<testsuites${attributes({ name: `${result.tool.name} ${result.scan.source} scan of ${result.scan.scope}`, ...totals })}>`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', root, ...suites, '</testsuites>', ''].join('\n');
}
