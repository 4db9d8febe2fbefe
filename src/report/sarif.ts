/**
 * SARIF 2.1.0 for code scanning. What goes in (see docs/findings-schema.md):
 * - FAIL: kind `fail`, level from severity.
 * - UNKNOWN / ERROR: kind `open` ("the tool could not determine whether a
 *   problem is present"); the spec requires level `none` for any kind but
 *   `fail`. Rule errors are also reported as tool execution notifications.
 * - SUPPRESSED: the original kind and level, with `suppressions` (inSource for
 *   template Metadata, external for a suppressions file) carrying the justification.
 * - PASS / NOT_APPLICABLE are left out: code-scanning services show every
 *   result as an alert whatever its kind; findings.json and JUnit keep them.
 * Template findings point at the file and line (never below 1); live
 * findings have no file, so they carry only logical locations (ARN, region).
 * The invocation's start and end are when the rules ran; for a live or
 * snapshot scan, run and result properties say when the facts were recorded.
 */
import { hash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type {
  BrokenInput,
  Finding,
  FindingResource,
  RuleSummary,
  ScanResult,
  SourceLocation,
} from '../engine/finding.js';
import type { Severity } from '../engine/rule.js';
import { describeResource } from './console.js';
import { findingTimes, windowText } from './evidence-time.js';
import { filtered, findingList, type FindingSource } from './finding-source.js';
import { jsonChunks, jsonText, mapped, streamedArray } from './json-stream.js';

export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const INFORMATION_URI = 'https://www.npmjs.com/package/soc2-evidence';
const SRCROOT = '%SRCROOT%';
const FINGERPRINT_KEY = 'soc2RuleResource/v1';

export interface SarifOptions {
  /** Absolute template paths are made relative to this (the repository root); default: the working directory. */
  srcRoot?: string;
}

const LEVEL_BY_SEVERITY: Record<Severity, Sarif.ReportingConfiguration.level> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/** GitHub code scanning ranks alerts by this CVSS-like score (a string). */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.5',
};

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

function helpText(rule: RuleSummary): { text: string; markdown: string } {
  const fixes: [string, string | undefined][] = [
    ['CloudFormation', rule.remediation.cloudformation],
    ['CDK', rule.remediation.cdk],
    ['AWS CLI', rule.remediation.cli],
  ];
  const present = fixes.filter((fix): fix is [string, string] => fix[1] !== undefined);
  const criteria = rule.criteria.join(', ');
  const text = [
    `Rationale: ${rule.rationale}`,
    `Remediation: ${rule.remediation.summary}`,
    ...present.map(([label, fix]) => `${label}: ${fix}`),
    `SOC 2 criteria: ${criteria}. Severity: ${rule.severity}.`,
  ].join('\n');
  const markdown = [
    `**Rationale.** ${rule.rationale}`,
    `**Remediation.** ${rule.remediation.summary}`,
    ...present.map(([label, fix]) => `- ${label}: ${fix}`),
    `**SOC 2 criteria:** ${criteria}. **Severity:** ${rule.severity}.`,
  ].join('\n\n');
  return { text, markdown };
}

function reportingDescriptor(rule: RuleSummary): Sarif.ReportingDescriptor {
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: sentence(rule.title) },
    fullDescription: { text: sentence(rule.rationale) },
    help: helpText(rule),
    defaultConfiguration: { level: LEVEL_BY_SEVERITY[rule.severity] },
    properties: {
      tags: [...rule.criteria, rule.severity],
      'security-severity': SECURITY_SEVERITY[rule.severity],
      precision: 'high',
    },
  };
}

/** Every result of one template names the same file: worked out once per file (paths, URL encoding). */
const artifactUris = new Map<string, Sarif.ArtifactLocation>();
const MAX_ARTIFACT_URIS = 10_000;

function artifactUri(file: string, srcRoot: string): Sarif.ArtifactLocation {
  if (!isAbsolute(srcRoot)) return computeArtifactUri(file, srcRoot);
  const key = `${srcRoot}\u0000${file}`;
  let uri = artifactUris.get(key);
  if (uri === undefined) {
    if (artifactUris.size >= MAX_ARTIFACT_URIS) artifactUris.clear();
    uri = Object.freeze(computeArtifactUri(file, srcRoot));
    artifactUris.set(key, uri);
  }
  return uri;
}

/** Relative to the source root with %SRCROOT%; a template outside it gets its absolute file URI, never `../`. */
function computeArtifactUri(file: string, srcRoot: string): Sarif.ArtifactLocation {
  const absolute = resolve(srcRoot, file);
  const relativePath = relative(srcRoot, absolute);
  if (relativePath === '' || isAbsolute(relativePath) || relativePath.split(sep)[0] === '..') {
    return { uri: pathToFileURL(absolute).href };
  }
  const uri = relativePath
    .split(sep)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  return { uri, uriBaseId: SRCROOT };
}

function logicalLocation(resource: FindingResource): Sarif.LogicalLocation {
  if (resource.logicalId !== undefined) {
    const declared = resource.stack ? `${resource.stack}/${resource.logicalId}` : resource.id;
    return {
      name: resource.logicalId,
      // A resource declared inside another (an instance's EBS mapping) is told apart from its owner by its id.
      fullyQualifiedName:
        resource.cdkPath ?? (resource.id.startsWith(`${declared}/`) ? resource.id : declared),
      kind: 'resource',
      properties: { resourceType: resource.type, cfnType: resource.cfnType, stack: resource.stack },
    };
  }
  return {
    name: resource.name ?? resource.id,
    fullyQualifiedName: resource.arn ?? resource.id,
    kind: 'resource',
    properties: {
      resourceType: resource.type,
      id: resource.id,
      account: resource.account,
      region: resource.region,
    },
  };
}

function isInRepository(file: string, srcRoot: string): boolean {
  const relativePath = relative(srcRoot, resolve(srcRoot, file));
  return relativePath !== '' && !isAbsolute(relativePath) && relativePath.split(sep)[0] !== '..';
}

/** The app line that created a CDK construct. */
function sourceLocation(source: SourceLocation, srcRoot: string): Sarif.Location {
  return {
    physicalLocation: {
      artifactLocation: artifactUri(source.file, srcRoot),
      region: {
        startLine: Math.max(1, source.line),
        ...(source.column ? { startColumn: source.column } : {}),
      },
    },
    message: { text: 'The CDK construct is created here.' },
  };
}

/**
 * A CDK finding whose construct was created in a file of this repository is
 * placed there (the line a pull request changes), with the synthesized
 * template as a related location; otherwise that line is only related.
 */
function locations(
  resource: FindingResource,
  srcRoot: string,
): { locations: Sarif.Location[]; relatedLocations?: Sarif.Location[] } {
  const template = location(resource, srcRoot);
  const source = resource.source;
  if (source === undefined) return { locations: [template] };
  if (isInRepository(source.file, srcRoot)) {
    const { message: _message, ...primary } = sourceLocation(source, srcRoot);
    const related = { ...template, id: 1, message: { text: 'The synthesized template.' } };
    return {
      locations: [{ ...primary, logicalLocations: template.logicalLocations }],
      relatedLocations: [related],
    };
  }
  return { locations: [template], relatedLocations: [{ ...sourceLocation(source, srcRoot), id: 1 }] };
}

function location(resource: FindingResource, srcRoot: string): Sarif.Location {
  const place: Sarif.Location = { logicalLocations: [logicalLocation(resource)] };
  if (resource.file !== undefined && resource.file !== '') {
    const line =
      resource.line !== undefined && Number.isInteger(resource.line) && resource.line >= 1
        ? resource.line
        : 1;
    place.physicalLocation = {
      artifactLocation: artifactUri(resource.file, srcRoot),
      region: { startLine: line },
    };
  }
  return place;
}

export function fingerprint(ruleId: string, resourceId: string): string {
  // One-shot hash: a Hash object per result cost three times as much, on every failing finding.
  return hash('sha256', `${ruleId}\u0000${resourceId}`).slice(0, 32);
}

function messageFor(finding: Finding): string {
  const subject = describeResource(finding.resource);
  const status = finding.suppression?.originalStatus ?? finding.status;
  if (status === 'UNKNOWN')
    return sentence(`Check could not be completed for ${subject}: ${finding.message}`);
  if (status === 'ERROR')
    return sentence(`Rule error, check not completed for ${subject}: ${finding.message}`);
  return sentence(`${finding.title}: ${subject}: ${finding.message}`);
}

function suppressionsOf(finding: Finding): Sarif.Suppression[] | undefined {
  const applied = finding.suppression;
  if (!applied) return undefined;
  return [
    {
      kind: applied.source.startsWith('file:') ? 'external' : 'inSource',
      status: 'accepted',
      justification: applied.justification,
      properties: { source: applied.source, matchedId: applied.matchedId, expires: applied.expires },
    },
  ];
}

function resultOf(
  finding: Finding,
  ruleIndex: Map<string, number>,
  srcRoot: string,
  scan: ScanResult['scan'],
): Sarif.Result {
  const status = finding.suppression?.originalStatus ?? finding.status;
  const failing = status === 'FAIL';
  const index = ruleIndex.get(finding.ruleId);
  return {
    ruleId: finding.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    kind: failing ? 'fail' : 'open',
    level: failing ? LEVEL_BY_SEVERITY[finding.severity] : 'none',
    message: { text: messageFor(finding) },
    ...locations(finding.resource, srcRoot),
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(finding.ruleId, finding.resource.id) },
    ...(finding.suppression ? { suppressions: suppressionsOf(finding) } : {}),
    properties: {
      status: finding.status,
      severity: finding.severity,
      controls: finding.controls,
      resourceId: finding.resource.id,
      resourceType: finding.resource.type,
      evidence: finding.evidence,
      expiredSuppression: finding.expiredSuppression,
      // When the facts were read from AWS: a replay's recording, not the invocation's time.
      ...(scan.evidenceDates ? { factsRecorded: windowText(findingTimes(finding, scan)) } : {}),
    },
  };
}

function* ruleErrorNotifications(
  findings: Iterable<Finding>,
  ruleIndex: Map<string, number>,
): Generator<Sarif.Notification> {
  for (const finding of filtered(findings, (finding) => finding.status === 'ERROR')) {
    const index = ruleIndex.get(finding.ruleId);
    yield {
      level: 'error',
      message: {
        text: sentence(
          `Rule ${finding.ruleId} failed on ${describeResource(finding.resource)}: ${finding.message}`,
        ),
      },
      associatedRule: { id: finding.ruleId, ...(index === undefined ? {} : { index }) },
    };
  }
}

/** Rule errors (one per ERROR finding, read as they are written), then gaps, rules not evaluated and broken inputs. */
function* notifications(
  result: ScanResult,
  findings: FindingSource,
  ruleIndex: Map<string, number>,
  srcRoot: string,
): Generator<Sarif.Notification> {
  yield* ruleErrorNotifications(findings.all(), ruleIndex);
  for (const gap of result.gaps) {
    yield {
      level: 'warning',
      message: {
        text: sentence(
          `Could not read ${gap.resourceType}${gap.region ? ` in ${gap.region}` : ''}${gap.action && !gap.reason.startsWith(gap.action) ? ` (${gap.action})` : ''}: ${gap.reason}`,
        ),
      },
    };
  }
  // Required ones also have an UNKNOWN result; every one is said, so a clean log never hides a rule that did not run.
  for (const entry of result.notEvaluated ?? []) {
    const index = ruleIndex.get(entry.ruleId);
    yield {
      level: entry.required ? 'warning' : 'note',
      message: { text: sentence(`Not evaluated: rule ${entry.ruleId} ${entry.reason}`) },
      associatedRule: { id: entry.ruleId, ...(index === undefined ? {} : { index }) },
    };
  }
  for (const broken of result.brokenInputs ?? []) yield brokenInputNotification(broken, srcRoot);
}

/** A template left out of the scan: an error, placed at the file (and line and column when known). */
function brokenInputNotification(broken: BrokenInput, srcRoot: string): Sarif.Notification {
  return {
    level: 'error',
    message: { text: sentence(`Template not scanned: ${broken.file}: ${broken.reason}`) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactUri(broken.file, srcRoot),
          ...(broken.line !== undefined
            ? { region: { startLine: broken.line, ...(broken.column ? { startColumn: broken.column } : {}) } }
            : {}),
        },
      },
    ],
  };
}

/** The SARIF log, its results and rule-error notifications read from `findings` as they are written. */
function sarifLog(result: ScanResult, options: SarifOptions, findings: FindingSource): Sarif.Log {
  const srcRoot = options.srcRoot ?? process.cwd();
  const ruleIndex = new Map(result.rules.map((rule, index) => [rule.id, index]));
  const reported = filtered(
    findings.all(),
    (finding) => finding.status !== 'PASS' && finding.status !== 'NOT_APPLICABLE',
  );
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            semanticVersion: result.tool.version,
            informationUri: INFORMATION_URI,
            rules: result.rules.map(reportingDescriptor),
            properties: { rulesVersion: result.tool.rulesVersion },
          },
        },
        invocations: [
          {
            executionSuccessful: (result.brokenInputs ?? []).length === 0,
            startTimeUtc: result.scan.startedAt,
            endTimeUtc: result.scan.finishedAt,
            // Left out when there is none.
            toolExecutionNotifications: streamedArray(notifications(result, findings, ruleIndex, srcRoot), {
              omitIfEmpty: true,
            }),
          },
        ],
        originalUriBaseIds: {
          [SRCROOT]: { description: { text: 'The root of the scanned repository (where soc2 scan ran).' } },
        },
        results: streamedArray(
          mapped(reported, (finding) => resultOf(finding, ruleIndex, srcRoot, result.scan)),
        ),
        properties: {
          findingsSchemaVersion: result.schemaVersion,
          source: result.scan.source,
          scope: result.scan.scope,
          summary: result.summary,
          // The invocation's times are when the rules ran; these say when the facts were true.
          ...(result.scan.evidenceDates
            ? { evaluatedAt: result.scan.startedAt, evidenceDates: result.scan.evidenceDates }
            : {}),
        },
      },
    ],
  };
}

/**
 * The SARIF log in pieces: results and rule-error notifications are written
 * one finding at a time as `findings` gives them (a spool reads them back from
 * disk), so no list of every finding is built.
 */
export function* sarifChunks(
  result: ScanResult,
  options: SarifOptions = {},
  findings: FindingSource = findingList(result.findings),
): Generator<string> {
  yield* jsonChunks(sarifLog(result, options, findings));
  yield '\n';
}

export function renderSarif(result: ScanResult, options: SarifOptions = {}): string {
  return `${jsonText(sarifLog(result, options, findingList(result.findings)))}\n`;
}
