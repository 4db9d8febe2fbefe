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
import { findingList, type FindingSource } from './finding-source.js';

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

interface SuiteCounts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function countsOf(findings: Iterable<Finding>): SuiteCounts {
  const counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const { status } of findings) {
    counts.tests += 1;
    if (status === 'FAIL') counts.failures += 1;
    else if (status === 'UNKNOWN' || status === 'ERROR') counts.errors += 1;
    else if (status === 'SUPPRESSED' || status === 'NOT_APPLICABLE') counts.skipped += 1;
  }
  return counts;
}

/**
 * The XML in pieces: one suite per rule (the result's rules first, in their
 * order, then any other in order of appearance), each suite's testcases
 * written one finding at a time as `findings` gives them. The counts each
 * element opens with are taken in a pass before.
 */
export function* junitChunks(
  result: ScanResult,
  findings: FindingSource = findingList(result.findings),
): Generator<string> {
  const groups = findings.byRule();
  const suites = new Map<string, () => Iterable<Finding>>();
  for (const rule of result.rules) suites.set(rule.id, groups.get(rule.id) ?? (() => []));
  for (const [ruleId, group] of groups) if (!suites.has(ruleId)) suites.set(ruleId, group);
  const counts = new Map([...suites].map(([ruleId, group]) => [ruleId, countsOf(group())]));
  const totals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const suite of counts.values()) {
    totals.tests += suite.tests;
    totals.failures += suite.failures;
    totals.errors += suite.errors;
    totals.skipped += suite.skipped;
  }
  const titles = new Map(result.rules.map((rule) => [rule.id, rule.title]));
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<testsuites${attributes({ name: `${result.tool.name} ${result.scan.source} scan of ${result.scan.scope}`, ...totals })}>\n`;
  for (const [ruleId, group] of suites) {
    const header = `  <testsuite${attributes({ name: ruleId, ...counts.get(ruleId)!, timestamp: result.scan.startedAt })}>`;
    const properties = [
      `      <property${attributes({ name: 'title', value: titles.get(ruleId) ?? ruleId })}/>`,
      ...dateProperties(result.scan),
    ];
    yield `${[header, '    <properties>', ...properties, '    </properties>'].join('\n')}\n`;
    for (const finding of group()) yield `${testcase(finding, result.scan)}\n`;
    yield '  </testsuite>\n';
  }
  yield '</testsuites>\n';
}

export function renderJunit(result: ScanResult): string {
  return [...junitChunks(result)].join('');
}
