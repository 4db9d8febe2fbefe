/**
 * `soc2 explain RULE`: what a rule checks, why, how to fix it, and its ids in
 * other scanners (which this tool honours in suppressions).
 */
import { allRules } from '../../rules/index.js';
import type { Rule } from '../engine/rule.js';
import { InputError } from '../errors.js';
import { suggestion } from './did-you-mean.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';

const EQUIVALENT_LABELS: Record<string, string> = {
  checkov: 'Checkov',
  cfnNag: 'cfn_nag',
  guard: 'cfn-guard',
  cdkNag: 'cdk-nag',
  prowler: 'Prowler',
  steampipe: 'Steampipe',
  fsbp: 'AWS Foundational Security Best Practices',
};

function sourcesOf(rule: Rule): string {
  const sources = rule.sources ?? ['template', 'live'];
  return sources
    .map((source) => (source === 'live' ? 'live accounts and snapshots' : 'templates'))
    .join(', ');
}

export function explainText(rule: Rule): string {
  const { remediation } = rule;
  const lines = [
    `${rule.id}: ${rule.title}`,
    `severity ${rule.severity}; SOC 2 ${rule.criteria.join(', ')}; checks ${rule.appliesTo.join(', ')}; runs on ${sourcesOf(rule)}`,
    '',
    'Why:',
    `  ${rule.rationale}`,
    '',
    'Fix:',
    `  ${remediation.summary}`,
  ];
  if (remediation.cloudformation !== undefined) lines.push(`  CloudFormation: ${remediation.cloudformation}`);
  if (remediation.cdk !== undefined) lines.push(`  CDK: ${remediation.cdk}`);
  if (remediation.cli !== undefined) lines.push(`  AWS CLI: ${remediation.cli}`);
  const equivalents = Object.entries(rule.equivalents ?? {}).filter(([, ids]) => ids && ids.length > 0);
  if (equivalents.length > 0) {
    lines.push('', 'Same control in other scanners (their suppressions are honoured):');
    for (const [tool, ids] of equivalents)
      lines.push(`  ${EQUIVALENT_LABELS[tool] ?? tool}: ${ids!.join(', ')}`);
  }
  const settings = Object.entries(rule.settings ?? {});
  if (settings.length > 0) {
    lines.push('', 'Settings (scan --settings FILE, under rules: { ' + rule.id + ': ... }):');
    for (const [name, setting] of settings) {
      const value =
        setting.kind === 'days'
          ? `days, ${setting.min} to ${setting.max}, default ${setting.default}`
          : 'no default: without it the rule is not evaluated';
      lines.push(`  ${name} (${value}): ${setting.describe}`);
    }
  }
  lines.push(
    '',
    'Suppress (template Metadata):',
    `  Metadata: { soc2: { suppress: [{ rule: ${rule.id}, justification: "...", expires: YYYY-MM-DD }] } }`,
  );
  return `${lines.join('\n')}\n`;
}

export function explainRule(id: string, io: Io, customRules: readonly Rule[] = []): number {
  const wanted = id.trim().toLowerCase();
  const catalogue = [...allRules, ...customRules];
  const rule = catalogue.find((candidate) => candidate.id === wanted);
  if (rule === undefined) {
    const ids = catalogue.map((candidate) => candidate.id);
    throw new InputError(
      `unknown rule id "${id}"${suggestion(wanted, ids)} (soc2 explain --list lists them)`,
    );
  }
  io.stdout.write(explainText(rule));
  return EXIT.ok;
}

/** `soc2 explain --list`: every rule id with its severity and title. */
export function listRules(io: Io, customRules: readonly Rule[] = []): number {
  const catalogue = [...allRules, ...customRules];
  const width = Math.max(...catalogue.map((rule) => rule.id.length));
  for (const rule of catalogue) {
    io.stdout.write(`${rule.id.padEnd(width)}  ${rule.severity.padEnd(8)}  ${rule.title}\n`);
  }
  return EXIT.ok;
}
