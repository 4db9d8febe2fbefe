/**
 * The template section of bench/results/summary.md, written from
 * template.json. Every comparison it states is computed from the figures, so
 * its direction ("faster", "slower") cannot drift from them.
 */
import type { Sampled } from './sampling.js';
import { BEFORE, failed, type Measured, type TemplateBenchResult, type TemplateCase } from './template.js';

export const ms = (value: number): string =>
  value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
const mb = (kb: number): string => `${Math.round(kb / 1024)} MB`;

/** "3.1× faster" / "1.4× slower": soc2's time against the other's. */
function versus(soc2Ms: number, otherMs: number): string {
  const times = soc2Ms <= otherMs ? otherMs / soc2Ms : soc2Ms / otherMs;
  // Closer than 10% is inside what the shared machine's load moves a median by.
  if (times < 1.1) return `about as fast (within 10%: ${(soc2Ms / otherMs).toFixed(2)}× the time)`;
  return `${times.toFixed(1)}× ${soc2Ms <= otherMs ? 'faster' : 'slower'}`;
}

function nagCell(nag: Measured | undefined, split: [string, string]): string {
  if (nag === undefined) return '–';
  if (failed(nag)) return 'failed';
  const [first, second] = split;
  return `${ms(nag.cold[first] ?? 0)} + ${ms(nag.cold[second] ?? 0)} = ${ms(nag.coldMs)}`;
}

function templateRow(entry: TemplateCase): string {
  const nag = entry.cdkNag;
  return [
    entry.label,
    String(entry.cfnResources),
    ms(entry.floor.coldMs),
    ms(entry.soc2.coldMs),
    ms(entry.soc2.warmMs),
    mb(entry.soc2.maxRssKb),
    nagCell(nag, ['constructMs', 'validateMs']),
    nag === undefined || failed(nag) ? '–' : mb(nag.maxRssKb),
    nag === undefined || failed(nag) ? '–' : versus(entry.soc2.coldMs, nag.coldMs),
  ].join(' | ');
}

function plainTemplates(result: TemplateBenchResult): string[] {
  return [
    '### Plain CloudFormation templates',
    '',
    'cdk-nag checks constructs, not files: a plain template reaches it only through `CfnInclude` into a CDK stack, so its time is "CfnInclude (build the tree) + validate". That route is what a team without a CDK app would have to set up.',
    '',
    '| input | CFN resources | floor: read + parse | soc2 cold | soc2 warm | soc2 peak RSS | cdk-nag 3 via CfnInclude: tree + validate = cold | cdk-nag peak RSS | soc2 cold against cdk-nag cold |',
    '|---|---|---|---|---|---|---|---|---|',
    ...result.templates.map((entry) => `| ${templateRow(entry)} |`),
    '',
    `Growth of soc2 (ms per 1,000 resources, cold / warm): ${result.growth
      .map(
        (point) =>
          `${point.cfnResources}: ${point.coldMsPer1000.toFixed(0)} / ${point.warmMsPer1000.toFixed(0)}`,
      )
      .join('; ')}.`,
    '',
  ];
}

function cdkAppSection(result: TemplateBenchResult): string[] {
  const { cdkApp, cdkOut } = result;
  const synth = cdkApp.plainSynth;
  const scan = cdkOut.soc2;
  const soc2Total = synth.coldMs + scan.coldMs;
  const soc2Process = synth.sinceProcessStartMs + scan.sinceProcessStartMs;
  const nagSynth = cdkApp.cdkNagSynth;
  const validateOnly = cdkOut.cdkNag;
  const rows: string[] = [
    `| \`cdk synth\` alone (build the app + synth, no checks) | ${ms(synth.coldMs)} | ${ms(synth.sinceProcessStartMs)} (one process) |`,
    `| **soc2**: cdk synth, then \`soc2 scan cdk.out\` | ${ms(synth.coldMs)} + ${ms(scan.coldMs)} = **${ms(soc2Total)}** | ${ms(soc2Process)} (two processes) |`,
  ];
  const lines: string[] = [];
  if (failed(nagSynth)) {
    rows.push(`| **cdk-nag**: cdk synth with the pack registered | failed: ${nagSynth.error} | – |`);
  } else {
    rows.push(
      `| **cdk-nag**: cdk synth with NIST80053R5Checks registered (\`Validations.of(app).addPlugins\`) | **${ms(nagSynth.coldMs)}** | ${ms(nagSynth.sinceProcessStartMs)} (one process) |`,
    );
    lines.push(
      `Synth included, in-process: soc2 (synth + scan) ${ms(soc2Total)} against cdk-nag (synth with the pack) ${ms(nagSynth.coldMs)}: soc2 is ${versus(soc2Total, nagSynth.coldMs)}.`,
      `Synth included, whole processes (Node start and module loading counted, soc2 needing a second process): ${ms(soc2Process)} against ${ms(nagSynth.sinceProcessStartMs)}: soc2 is ${versus(soc2Process, nagSynth.sinceProcessStartMs)}.`,
    );
  }
  const narrowed = cdkApp.cdkNagSynthEquivalentRules;
  const ours = cdkOut.soc2EquivalentRules;
  if (!failed(narrowed) && ours !== undefined) {
    const oursTotal = synth.coldMs + ours.coldMs;
    lines.push(
      `At equal rules (see below), synth included: soc2 ${ms(synth.coldMs)} + ${ms(ours.coldMs)} = ${ms(oursTotal)} against cdk-nag ${ms(narrowed.coldMs)}: soc2 is ${versus(oursTotal, narrowed.coldMs)}.`,
    );
  }
  if (validateOnly !== undefined && !failed(validateOnly)) {
    const validateMs = validateOnly.cold.validateMs ?? 0;
    rows.push(
      `| cdk-nag validate-only (\`validateScope\` on the built app; building it not counted) | ${ms(validateMs)} | – |`,
    );
    lines.push(
      `Check alone: soc2's scan of cdk.out (${ms(scan.coldMs)}, reading and parsing the templates included) against cdk-nag's validate-only time (${ms(validateMs)}, on a tree the synth built anyway): soc2 is ${versus(scan.coldMs, validateMs)}.`,
    );
  }
  rows.push(
    `| soc2 scan of cdk.out alone | ${ms(scan.coldMs)} | ${ms(scan.sinceProcessStartMs)} (one process) |`,
  );
  return [
    `### CDK app: ${cdkOut.stacks} stacks in ${cdkApp.stages} stages, ${cdkOut.cfnResources} CFN resources`,
    '',
    'A CDK user synthesizes anyway. soc2 scans the synthesized cdk.out afterwards; cdk-nag 3 runs inside the synth as a validation plugin.',
    '',
    '| per run | in-process, cold (median) | whole processes (Node start + module loading + cold run) |',
    '|---|---|---|',
    ...rows,
    '',
    ...lines,
    '',
  ];
}

function equalRulesRow(entry: TemplateCase): string | undefined {
  const ours = entry.soc2EquivalentRules;
  const nag = entry.cdkNagEquivalentRules;
  if (ours === undefined || nag === undefined) return undefined;
  const nagStep = entry.cdkNagRoute === 'CfnInclude' ? 'via CfnInclude' : 'on the built app';
  const nagCold = failed(nag) ? 'failed' : `${nagCell(nag, ['constructMs', 'validateMs'])} (${nagStep})`;
  const checkOnly = failed(nag)
    ? '–'
    : `${ms(ours.cold.rulesMs ?? 0)} against ${ms(nag.cold.validateMs ?? 0)}: ${versus(ours.cold.rulesMs ?? 0, nag.cold.validateMs ?? 0)}`;
  const whole = failed(nag)
    ? '–'
    : versus(ours.coldMs, entry.cdkNagRoute === 'CfnInclude' ? nag.coldMs : (nag.cold.validateMs ?? 0));
  return [entry.label, ms(ours.coldMs), nagCold, whole, checkOnly].join(' | ');
}

function dispatched(entry: TemplateCase | undefined): string {
  const nag = entry?.cdkNagEquivalentRules;
  if (nag === undefined || failed(nag)) return '';
  const packs = nag.counts.packRulesDispatched as Record<string, number> | undefined;
  const notRun = (nag.counts.rulesNotRun as string[] | undefined) ?? [];
  return [
    packs
      ? ` For scale, on the ${entry!.label} the packs have ${Object.entries(packs)
          .map(([pack, count]) => `${count} ${pack} rules`)
          .join(
            ' and ',
          )} that apply to its resource types; the whole-pack figures above run all the NIST.800.53.R5 ones.`
      : '',
    notRun.length > 0
      ? ` Of the ${nag.counts.rulesAskedFor} cdk-nag rules, ${notRun.join(', ')} found no resource to run on there.`
      : '',
  ].join('');
}

function equalRulesSection(result: TemplateBenchResult): string[] {
  const { equalRules } = result;
  const entries = [...result.templates, result.cdkOut];
  const rows = entries.map(equalRulesRow).filter((row): row is string => row !== undefined);
  const largest = result.templates.filter((entry) => entry.cdkNagEquivalentRules).at(-1);
  return [
    '### At equal rules',
    '',
    `The whole-pack figures compare our ${equalRules.ourTotalRules} rules with the NIST 800-53 R5 pack's. Here both run the same checks: soc2 runs only its ${equalRules.ourRules.length} rules that name a cdk-nag equivalent (\`equivalents.cdkNag\` in the rule metadata: ${equalRules.ourRules.join(', ')}), and cdk-nag runs only those ${equalRules.cdkNagRules.length} cdk-nag rules (${equalRules.cdkNagRules.join(', ')}): each pack's \`applyRule\` is narrowed to them (bench/cdk-nag/subset.ts), the packs still walking every construct.${dispatched(largest)}`,
    '',
    '| input | soc2, equivalent rules: cold | cdk-nag, equivalent rules: tree + validate = cold | soc2 against cdk-nag (CDK app: against validate-only) | the check step alone: soc2 rules against cdk-nag validate |',
    '|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
    '',
  ];
}

/** Says which variables the measured processes started without; nothing for results written before that was recorded. */
function leftOutNote(result: TemplateBenchResult): string[] {
  const names = result.leftOutOfEnv ?? [];
  if (names.length === 0) return [];
  return [
    `Every measured process started without ${names.join(', ')}, which this machine sets: with NODE_EXTRA_CA_CERTS, each Node start first loads the system CA store (about 90 ms here, against about 50 ms for the rest of a bare start). No template scan opens a TLS connection, and the same constant in a CLI run and in its floor would only flatter their ratio. Results files without a leftOutOfEnv field (until 2026-12-02T00:30) were measured with it.`,
    '',
  ];
}

function floorSection(result: TemplateBenchResult): string[] {
  const lines = [...result.templates, result.cdkOut].map((entry) => {
    const floor: Sampled = entry.floor;
    return `${entry.label}: read + parse ${ms(floor.coldMs)} cold, soc2 cold ${ms(entry.soc2.coldMs)} (${(entry.soc2.coldMs / floor.coldMs).toFixed(1)}× the floor)`;
  });
  const whole = [...result.templates, result.cdkOut].flatMap((entry) => {
    const figures = entry.wholeProcess;
    if (figures === undefined) return [];
    const floor = figures.nodeStartMs + entry.floor.coldMs;
    return [
      `| ${entry.label} | ${ms(figures.cliMs)} (fastest ${ms(figures.cliFastestMs)}) | ${ms(figures.nodeStartMs)} + ${ms(entry.floor.coldMs)} = ${ms(floor)} | ${(figures.cliMs / floor).toFixed(1)}× | ${figures.cliMs <= 3 * floor ? 'yes' : 'no'} |`,
    ];
  });
  return [
    '### Floor',
    '',
    `The least any scanner does with these inputs: start Node (${ms(result.nodeStartMs)} for a bare \`node -e ""\`, spawn to exit) and read and parse the files (with soc2's own parsers, cold, median of ${result.samples} processes). ${lines.join('; ')}.`,
    '',
    ...leftOutNote(result),
    ...(whole.length > 0
      ? [
          `The shipped CLI end to end, what one CI step pays: \`node bin/soc2.js scan --template PATH --format sarif > FILE\` (the bundle \`npm run build\` makes) from spawn to exit, against the floor of starting Node and reading and parsing the files. Medians of ${result.samples} runs, each after a bare \`node -e ""\` under the same load.`,
          '',
          '| input | soc2 CLI, spawn to exit | floor: Node start + read + parse | against the floor | within 3× |',
          '|---|---|---|---|---|',
          ...whole,
          '',
          ...plainParseLines(result),
        ]
      : []),
  ];
}

/**
 * The issue words the floor as "starting node and parsing the template". For JSON that is a bare
 * JSON.parse, stricter than soc2's own parser, which also finds each resource's line, repeated keys
 * and excess depth: the same CLI runs against both, so neither floor hides the other.
 */
function plainParseLines(result: TemplateBenchResult): string[] {
  return [...result.templates, result.cdkOut].flatMap((entry) => {
    const figures = entry.wholeProcess;
    if (figures?.plainParseMs === undefined) return [];
    return [
      `The floor as issue 7 words it, "starting node and parsing the template", taken literally for the ${entry.label}: a Node process that reads the file and \`JSON.parse\`s it, nothing else, takes ${ms(figures.plainParseMs)} from spawn to exit (sampled alternately with the rows above). The CLI's ${ms(figures.cliMs)} is ${(figures.cliMs / figures.plainParseMs).toFixed(1)}× that, where the target is 3×. The difference from the table's floor is what soc2's JSON parser adds to \`JSON.parse\`: each resource's line (for SARIF), repeated keys (which \`JSON.parse\` keeps silently) and nesting beyond the limit.`,
      '',
    ];
  });
}

function beforeSection(result: TemplateBenchResult): string[] {
  const against = result.againstBefore;
  if (against === undefined) return [];
  const row = (label: string, now: number | undefined, before: number, times: number): string =>
    `| ${label} | ${ms(before)} | ${now === undefined ? '–' : ms(now)} | ${times.toFixed(2)} | ${times <= 1.1 ? 'yes' : 'no'} |`;
  const yaml = result.templates.find((entry) => entry.format === 'yaml' && entry.cfnResources === 5000);
  const json = result.templates.find((entry) => entry.format === 'json');
  const nag = yaml?.cdkNag;
  const control =
    nag === undefined || failed(nag)
      ? []
      : [
          `A control for the machine: cdk-nag, whose code did not change, took ${ms(BEFORE.cdkNag5000Ms)} on the 5,000-resource template then and ${ms(nag.coldFastestMs)} (fastest cold) now, ${(nag.coldFastestMs / BEFORE.cdkNag5000Ms).toFixed(2)}×. Figures taken days apart under different load measure the machine as well as the code: read the same-time comparison of the two commits below (bench/compare-commits.ts) for the code.`,
          '',
        ];
  return [
    '### Against the figures recorded before (another day, another load)',
    '',
    `soc2's fastest cold scan (the statistic kept before) against ${against.before.source}; same generated inputs.`,
    '',
    '| input | before | now (fastest cold) | now / before | within 10% |',
    '|---|---|---|---|---|',
    row('5,000-resource YAML', yaml?.soc2.coldFastestMs, against.before.yaml5000ColdMs, against.yaml5000),
    row('5,000-resource JSON', json?.soc2.coldFastestMs, against.before.json5000ColdMs, against.json5000),
    row('50-stack cdk.out', result.cdkOut.soc2.coldFastestMs, against.before.cdkOutColdMs, against.cdkOut),
    '',
    ...control,
  ];
}

export function templateSection(result: TemplateBenchResult): string[] {
  return [
    '## Templates (bench/results/template.json)',
    '',
    `Both tools are measured alike: ${result.samples} fresh Node processes per measurement, each doing one cold run (what one CI run pays) and then ${result.warmRuns} warm runs; every figure is the median over the processes. Module loading is outside the timed runs except in the "whole processes" column. soc2 = load, parse, resolve and normalize, the rules, SARIF. cdk-nag 3 = build the construct tree + \`validateScope\` with the whole NIST 800-53 R5 pack unless said otherwise. Memory is the process peak RSS. Code measured: ${result.code}. Load average ${result.loadAverage1m.start} at the start, ${result.loadAverage1m.end} at the end.`,
    '',
    ...plainTemplates(result),
    ...cdkAppSection(result),
    ...equalRulesSection(result),
    ...floorSection(result),
    ...beforeSection(result),
    `Peak RSS, CDK app: soc2 scan ${mb(result.cdkOut.soc2.maxRssKb)}; cdk synth alone ${mb(result.cdkApp.plainSynth.maxRssKb)}${failed(result.cdkApp.cdkNagSynth) ? '' : `; synth with cdk-nag ${mb(result.cdkApp.cdkNagSynth.maxRssKb)}`}.`,
    '',
  ];
}
