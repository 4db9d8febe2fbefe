/**
 * The `soc2` command line. Parses arguments, dispatches to commands, and turns
 * every bad input into one line on stderr and exit code 2, never a stack trace.
 */
import yargs, { type Argv } from 'yargs';
import { InputError } from '../errors.js';
import { EXIT, type FailOn } from './exit-codes.js';
import type { Io } from './io.js';
import { processIo } from './io.js';
import { usageErrorMessage, type UsageContext } from './usage-errors.js';
import { suggestion } from './did-you-mean.js';
import { RULE_FAMILIES, SEVERITIES, type RuleFamily, type Severity } from '../engine/rule.js';
import { OUTPUT_FORMATS, STDOUT_FORMATS, type OutputFormat, type StdoutFormat } from '../report/formats.js';

function splitList(values: readonly (string | number)[] | undefined): string[] {
  return (values ?? []).flatMap((value) =>
    String(value)
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part.length > 0),
  );
}

function checkedFamilies(values: readonly string[]): RuleFamily[] {
  return values.map((value) => {
    const family = value.toLowerCase();
    if (!(RULE_FAMILIES as readonly string[]).includes(family))
      throw new InputError(
        `unknown --family "${value}"${suggestion(family, RULE_FAMILIES)} (choose from ${RULE_FAMILIES.join(', ')})`,
      );
    return family as RuleFamily;
  });
}

function checkedSeverity(value: string | undefined): Severity | undefined {
  if (value === undefined) return undefined;
  const severity = value.toLowerCase();
  if (!(SEVERITIES as readonly string[]).includes(severity))
    throw new InputError(
      `unknown --severity "${value}"${suggestion(severity, SEVERITIES)} (choose from ${SEVERITIES.join(', ')})`,
    );
  return severity as Severity;
}

function parseKeyValues(values: readonly string[] | undefined): Record<string, string> {
  const parameters: Record<string, string> = {};
  for (const entry of values ?? []) {
    const at = entry.indexOf('=');
    if (at <= 0) throw new InputError(`--parameters expects KEY=VALUE, got "${entry}"`);
    parameters[entry.slice(0, at)] = entry.slice(at + 1);
  }
  return parameters;
}

/**
 * yargs formats a command's whole help text as soon as its handler starts, in
 * case it must print it on a failure. Our fail handler throws instead, and
 * `--help` formats it afresh, so that text is never read: with scan's forty
 * options it cost a template scan about a tenth of its time (string-width
 * measures every word through Intl.Segmenter).
 */
function withoutEagerHelpText(instance: Argv): Argv {
  const internals = (
    instance as unknown as {
      getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } };
    }
  ).getInternalMethods?.();
  const usage = internals?.getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => undefined;
  return instance;
}

function parser(io: Io, setExitCode: (code: number) => void, args: readonly string[] = []): Argv {
  return withoutEagerHelpText(yargs())
    .scriptName('soc2')
    .usage('$0 <command> [options]')
    .command(
      'scan',
      'Scan a live AWS account (default), a snapshot, or CloudFormation/CDK templates',
      (y) =>
        y
          .option('template', {
            alias: 't',
            type: 'string',
            array: true,
            describe: 'Template file (JSON/YAML), directory of templates, or cdk.out directory',
          })
          .option('snapshot', {
            type: 'string',
            describe: 'Re-evaluate a snapshot.json from an earlier live scan',
          })
          .option('sample', {
            type: 'boolean',
            default: false,
            describe: 'Scan the bundled sample account snapshot (no AWS account needed)',
          })
          .option('parameters', {
            alias: 'p',
            type: 'string',
            array: true,
            describe: 'Template parameter values, KEY=VALUE',
          })
          .option('parameter-file', {
            type: 'string',
            array: true,
            describe: 'Template parameter file (CloudFormation JSON list, or {"Parameters": {...}})',
          })
          .option('name', {
            type: 'string',
            describe: 'Scope name for template scans (default: from the paths)',
          })
          .option('profile', { type: 'string', describe: 'AWS shared-config profile' })
          .option('region', {
            alias: 'regions',
            type: 'string',
            array: true,
            describe: 'Regions to scan: a,b or "all" (enabled regions)',
          })
          .option('role-arn', { type: 'string', describe: 'Role to assume for the scan' })
          .option('external-id', { type: 'string', describe: 'External id for --role-arn' })
          .option('suppressions', { type: 'string', describe: 'Suppressions file (YAML or JSON)' })
          .option('settings', {
            type: 'string',
            describe: "Rule settings file (YAML or JSON): your policy's thresholds, authorized VPCs",
          })
          .option('rules', { type: 'string', array: true, describe: 'Only these rule ids (a,b)' })
          .option('skip-rules', { type: 'string', array: true, describe: 'Leave out these rule ids (a,b)' })
          .option('severity', {
            type: 'string',
            describe: `Only rules of this severity or higher (${SEVERITIES.join(', ')})`,
          })
          .option('family', {
            type: 'string',
            array: true,
            describe: `Only rules of these families (${RULE_FAMILIES.join(', ')})`,
          })
          .option('rules-dir', {
            type: 'string',
            array: true,
            describe: 'A folder of your own rules (.js modules using defineRule, or .yaml property checks)',
          })
          .option('out', {
            alias: 'o',
            type: 'string',
            describe: 'Write an evidence pack under DIR/<scope>/<timestamp>/ ("-": the --format to stdout)',
          })
          .option('format', {
            alias: 'f',
            type: 'string',
            array: true,
            describe: `Outputs to write with --out: ${OUTPUT_FORMATS.join(', ')} (default: all; pdf when a browser is found). Without --out (or with --out -): one of ${STDOUT_FORMATS.join(', ')} to stdout, the summary to stderr`,
          })
          .option('template-dir', {
            type: 'string',
            describe: 'Handlebars templates for the HTML/PDF report',
          })
          .option('history', {
            type: 'string',
            describe:
              'Also copy findings.parquet to DIR/scope=<scope>/date=<YYYY-MM-DD>/<pack>.parquet (Hive partitions for Athena/Glue, DuckDB)',
          })
          .option('baseline', {
            type: 'string',
            describe:
              'Compare with an earlier findings.json or pack (default with --out: the newest pack of the same scope; "none" to skip)',
          })
          .option('sign-key', {
            type: 'string',
            describe: 'Ed25519 private key (PEM) to sign the pack manifest',
          })
          .option('kms-sign-key', {
            type: 'string',
            describe: 'Asymmetric KMS key id/ARN to sign the pack manifest',
          })
          .option('fail-on', {
            type: 'string',
            choices: ['critical', 'high', 'medium', 'low', 'info', 'none', 'new'],
            default: 'info',
            coerce: (value: unknown) => String(value).toLowerCase(),
            describe:
              'Lowest severity of a FAIL that makes the exit code 1; "new": only failures that are new since the baseline (and, for exit 3, evidence lost since it)',
          })
          .option('fail-on-unknown', {
            type: 'boolean',
            default: true,
            describe: 'Exit 3 when evidence is incomplete (UNKNOWN or ERROR findings)',
          })
          .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Only the summary line' })
          .option('concurrency', {
            type: 'number',
            describe:
              'Live: most AWS API calls in flight at once (default 64); each service in each region also gets at most 8',
          })
          .option('source', {
            type: 'string',
            choices: ['api', 'config'],
            coerce: (value: string | undefined) => value?.toLowerCase(),
            describe:
              "Live: where resource configurations come from. api (default): the services' Describe/List calls; config: AWS Config's recorded configuration items where a recorder records the type, direct calls for the rest",
          })
          .option('rate-limit', {
            type: 'string',
            array: true,
            describe:
              "Live: pace a service differently from AWS's default limits, SERVICE=PER_SECOND[/BURST] by SDK client name (EC2=50, IAM=10/20), or off",
          })
          .option('org', {
            type: 'boolean',
            describe:
              'Scan every account of the AWS Organization (credentials of the management account or a delegated administrator)',
          })
          .option('role-name', {
            type: 'string',
            describe: '--org: the role to assume in each account (default OrganizationAccountAccessRole)',
          })
          .option('accounts', {
            type: 'string',
            array: true,
            describe: '--org: only these account ids (a,b)',
          })
          .option('exclude-accounts', {
            type: 'string',
            array: true,
            describe: '--org: leave out these account ids (a,b)',
          })
          .option('ou', {
            type: 'string',
            array: true,
            describe: '--org: only accounts under these OUs (id, name or path such as Workloads/Prod)',
          })
          .option('shard', {
            type: 'string',
            describe: '--org: scan shard i of n (i/n), a deterministic share of the selected accounts',
          })
          .option('aggregator', {
            type: 'string',
            describe:
              "--org --source config: the AWS Config aggregator (in the caller's account and home region) to read every member's configuration items from",
          })
          .option('account-concurrency', {
            type: 'number',
            describe: '--org: accounts scanned at once (default 4), each with its own --concurrency',
          }),
      async (argv) => {
        const { runScan } = await import('./scan.js');
        const formats = splitList(argv.format).map((format) => format.toLowerCase());
        for (const format of formats) {
          if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
            throw new InputError(
              `unknown --format "${format}"${suggestion(format, OUTPUT_FORMATS)} (choose from ${OUTPUT_FORMATS.join(', ')})`,
            );
          }
        }
        const sources = [argv.template !== undefined, argv.snapshot !== undefined, argv.sample].filter(
          Boolean,
        );
        if (sources.length > 1) throw new InputError('choose one of --template, --snapshot or --sample');
        const templates = splitList(argv.template);
        if (argv.template !== undefined && templates.length === 0) {
          // An empty CI variable must not turn a template scan into a live scan of whatever credentials are set.
          throw new InputError('--template is empty: name a template file, a folder or a cdk.out');
        }
        const toStdout = argv.out === undefined || argv.out === '-';
        if (toStdout && (formats.length > 0 || argv.out === '-')) {
          const streamable = formats.filter((format) =>
            (STDOUT_FORMATS as readonly string[]).includes(format),
          );
          if (formats.length !== 1 || streamable.length !== 1) {
            throw new InputError(
              `without --out DIR, choose one --format to write to stdout (${STDOUT_FORMATS.join(', ')}); html and pdf need --out DIR`,
            );
          }
        }
        const stdoutFormat = toStdout && formats.length === 1 ? (formats[0] as StdoutFormat) : undefined;
        setExitCode(
          await runScan(
            {
              templates,
              snapshot: argv.snapshot,
              sample: argv.sample,
              parameters: parseKeyValues(argv.parameters),
              parameterFiles: argv['parameter-file'] ?? [],
              name: argv.name,
              profile: argv.profile,
              regions: splitList(argv.region),
              roleArn: argv['role-arn'],
              externalId: argv['external-id'],
              suppressionsFile: argv.suppressions,
              settingsFile: argv.settings,
              onlyRules: splitList(argv.rules),
              skipRules: splitList(argv['skip-rules']),
              minSeverity: checkedSeverity(argv.severity),
              families: checkedFamilies(splitList(argv.family)),
              rulesDirs: splitList(argv['rules-dir']),
              outDir: toStdout ? undefined : argv.out,
              formats: toStdout ? [] : (formats as OutputFormat[]),
              stdoutFormat,
              templateDir: argv['template-dir'],
              baseline: argv.baseline,
              historyDir: argv.history,
              signKey: argv['sign-key'],
              kmsSignKey: argv['kms-sign-key'],
              failOn: argv['fail-on'] as FailOn | 'new',
              failOnUnknown: argv['fail-on-unknown'],
              quiet: argv.quiet,
              concurrency: argv.concurrency,
              rateLimits: splitList(argv['rate-limit']),
              inventory: argv.source as 'api' | 'config' | undefined,
              org: {
                org: argv.org ?? false,
                roleName: argv['role-name'],
                accounts: splitList(argv.accounts),
                excludeAccounts: splitList(argv['exclude-accounts']),
                ous: splitList(argv.ou),
                shard: argv.shard,
                accountConcurrency: argv['account-concurrency'],
                aggregator: argv.aggregator,
              },
            },
            io,
          ),
        );
      },
    )
    .command(
      'policy',
      'Print the least-privilege IAM policy a live scan needs',
      (y) =>
        y
          .option('for', {
            type: 'string',
            choices: ['scan', 'management', 'trust'],
            default: 'scan',
            describe:
              "scan: the read-only policy of the scanned account (or each --org member role); management: the --org caller (list the organization, assume the member role); trust: the member role's trust policy",
          })
          .option('role-name', {
            type: 'string',
            describe: '--for management: the member role (default OrganizationAccountAccessRole)',
          })
          .option('scanner-account', {
            type: 'string',
            describe: '--for trust: the account the --org scan runs from',
          })
          .option('external-id', {
            type: 'string',
            describe: '--for trust: the external id the role requires',
          }),
      async (argv) => {
        const { policyFor } = await import('../sources/org/policy-command.js');
        const policy = await policyFor(argv.for, {
          roleName: argv['role-name'],
          scannerAccount: argv['scanner-account'],
          externalId: argv['external-id'],
        });
        io.stdout.write(`${JSON.stringify(policy, null, 2)}\n`);
        setExitCode(EXIT.ok);
      },
    )
    .command(
      'report <pack>',
      'Render HTML/PDF again from a pack or a findings.json, without re-scanning',
      (y) =>
        y
          .positional('pack', {
            type: 'string',
            demandOption: true,
            describe: 'Pack folder or findings.json',
          })
          .option('out', {
            alias: 'o',
            type: 'string',
            describe: 'Where to write (default: a new pack beside it)',
          })
          .option('format', {
            alias: 'f',
            type: 'string',
            array: true,
            describe: 'html, pdf (default: both)',
          })
          .option('template-dir', { type: 'string', describe: 'Handlebars templates for the report' })
          .option('allow-unverified', {
            type: 'boolean',
            default: false,
            describe:
              'Render findings whose pack does not verify (or a bare findings.json); the new pack says so on its cover and in its manifest',
          })
          .option('public-key', {
            type: 'string',
            array: true,
            describe: 'Public key (PEM) of a signer you trust, to check the input pack',
          })
          .option('trusted-keys', {
            type: 'string',
            describe: 'File of trusted PEM public keys and/or SHA-256 key fingerprints',
          })
          .option('sign-key', {
            type: 'string',
            describe: 'Ed25519 private key (PEM) to sign the new pack manifest',
          })
          .option('kms-sign-key', {
            type: 'string',
            describe: 'Asymmetric KMS key id/ARN to sign the new pack manifest',
          }),
      async (argv) => {
        const { rerenderReport } = await import('../report/pack/rerender.js');
        setExitCode(
          await rerenderReport(
            {
              input: argv.pack,
              outDir: argv.out,
              formats: splitList(argv.format),
              templateDir: argv['template-dir'],
              allowUnverified: argv['allow-unverified'],
              publicKeys: argv['public-key'],
              trustedKeys: argv['trusted-keys'],
              signKey: argv['sign-key'],
              kmsSignKey: argv['kms-sign-key'],
            },
            io,
          ),
        );
      },
    )
    .command(
      'merge <packs..>',
      'Merge the packs of a sharded organization scan into one organization pack, after verifying every one',
      (y) =>
        y
          .positional('packs', {
            type: 'string',
            array: true,
            demandOption: true,
            describe: 'Pack folders (or their findings.json), one per shard',
          })
          .option('out', {
            alias: 'o',
            type: 'string',
            demandOption: true,
            describe: 'Where to write the merged pack',
          })
          .option('format', {
            alias: 'f',
            type: 'string',
            array: true,
            describe: 'Pack formats (default: json, sarif, junit, html, pdf)',
          })
          .option('template-dir', { type: 'string', describe: 'Handlebars templates for the report' })
          .option('public-key', {
            type: 'string',
            array: true,
            describe: 'Public key (PEM) of a signer you trust: every shard must be signed by one',
          })
          .option('trusted-keys', {
            type: 'string',
            describe: 'File of trusted PEM public keys and/or SHA-256 key fingerprints',
          })
          .option('sign-key', {
            type: 'string',
            describe: 'Ed25519 private key (PEM) to sign the merged pack manifest',
          })
          .option('kms-sign-key', {
            type: 'string',
            describe: 'Asymmetric KMS key id/ARN to sign the merged pack manifest',
          }),
      async (argv) => {
        const formats = splitList(argv.format).map((format) => format.toLowerCase());
        for (const format of formats) {
          if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
            throw new InputError(
              `unknown --format "${format}"${suggestion(format, OUTPUT_FORMATS)} (choose from ${OUTPUT_FORMATS.join(', ')})`,
            );
          }
        }
        const { mergePacks } = await import('../report/pack/merge.js');
        setExitCode(
          await mergePacks(
            {
              packs: splitList(argv.packs),
              outDir: argv.out,
              formats: formats as OutputFormat[],
              templateDir: argv['template-dir'],
              publicKeys: argv['public-key'],
              trustedKeys: argv['trusted-keys'],
              signKey: argv['sign-key'],
              kmsSignKey: argv['kms-sign-key'],
            },
            io,
          ),
        );
      },
    )
    .command(
      'verify <pack>',
      'Check every hash and the signature of an evidence pack: exit 0 intact and signed by a trusted key, 5 intact but signer not verified, 1 naming what differs',
      (y) =>
        y
          .positional('pack', { type: 'string', demandOption: true, describe: 'Pack folder' })
          .option('public-key', {
            type: 'string',
            array: true,
            describe: 'Public key (PEM) of a signer you trust (repeatable)',
          })
          .option('trusted-keys', {
            type: 'string',
            describe:
              'File of trusted PEM public keys and/or SHA-256 key fingerprints (default: $SOC2_TRUSTED_KEYS, else .soc2/trusted-keys)',
          }),
      async (argv) => {
        const { verifyPackCommand } = await import('../report/pack/verify.js');
        setExitCode(
          await verifyPackCommand(
            { pack: argv.pack, publicKeys: argv['public-key'], trustedKeys: argv['trusted-keys'] },
            io,
          ),
        );
      },
    )
    .command(
      'rules',
      'List the rules: a table, or --format json (every metadata field) or markdown',
      (y) =>
        y
          .option('format', {
            alias: 'f',
            type: 'string',
            default: 'table',
            describe: 'table, json or markdown',
          })
          .option('criterion', {
            type: 'string',
            array: true,
            describe: 'Only rules supporting these SOC 2 criteria (CC6.1,A1.2)',
          })
          .option('family', {
            type: 'string',
            array: true,
            describe: `Only these families (${RULE_FAMILIES.join(', ')})`,
          })
          .option('source', {
            type: 'string',
            choices: ['live', 'template'],
            coerce: (value: unknown) => (value === undefined ? undefined : String(value).toLowerCase()),
            describe: 'Only rules that run on this source',
          })
          .option('severity', {
            type: 'string',
            describe: `Only rules of this severity or higher (${SEVERITIES.join(', ')})`,
          })
          .option('rules-dir', {
            type: 'string',
            array: true,
            describe: 'Also list the rules in this folder',
          })
          .option('criteria', {
            type: 'boolean',
            describe: 'List every SOC 2 criterion with the rules that test it (none: manual evidence)',
          }),
      async (argv) => {
        const { rulesCommand, RULES_FORMATS } = await import('./rules.js');
        const format = String(argv.format).toLowerCase();
        if (!(RULES_FORMATS as readonly string[]).includes(format))
          throw new InputError(
            `unknown --format "${argv.format}"${suggestion(format, RULES_FORMATS)} (choose from ${RULES_FORMATS.join(', ')})`,
          );
        setExitCode(
          await rulesCommand(
            {
              format: format as (typeof RULES_FORMATS)[number],
              criteria: splitList(argv.criterion),
              families: splitList(argv.family),
              source: argv.source as 'live' | 'template' | undefined,
              minSeverity: checkedSeverity(argv.severity),
              rulesDirs: splitList(argv['rules-dir']),
              byCriterion: argv.criteria === true,
            },
            io,
          ),
        );
      },
    )
    .command(
      'diff <old> <new>',
      'What changed between two runs: new failures, resolved, still failing and since when, new and removed resources, suppressions expiring within 14 days',
      (y) =>
        y
          .positional('old', {
            type: 'string',
            demandOption: true,
            describe: 'Older pack folder or findings.json',
          })
          .positional('new', {
            type: 'string',
            demandOption: true,
            describe: 'Newer pack folder or findings.json',
          })
          .option('format', {
            alias: 'f',
            type: 'string',
            choices: ['console', 'json', 'markdown'],
            default: 'console',
            describe: 'Output on stdout',
          })
          .option('fail-on', {
            type: 'string',
            choices: ['new', 'critical', 'high', 'medium', 'low', 'info', 'none'],
            default: 'info',
            coerce: (value: unknown) => String(value).toLowerCase(),
            describe:
              'Exit 1 on a FAIL in NEW at or above this severity; "new": only on failures that are new since OLD',
          })
          .option('fail-on-unknown', {
            type: 'boolean',
            default: true,
            describe:
              'Exit 3 when NEW is incomplete (with --fail-on new: only when evidence was lost since OLD)',
          }),
      async (argv) => {
        const { runDiff } = await import('./diff.js');
        setExitCode(
          await runDiff(
            {
              old: argv.old,
              new: argv.new,
              format: argv.format as 'console' | 'json' | 'markdown',
              failOn: argv['fail-on'] as FailOn | 'new',
              failOnUnknown: argv['fail-on-unknown'],
            },
            io,
          ),
        );
      },
    )
    .command(
      'period <dir>',
      'SOC 2 Type II period report over nightly packs: per control and criterion nights evaluated and passing, exceptions, and every gap in the evidence',
      (y) =>
        y
          .positional('dir', {
            type: 'string',
            demandOption: true,
            describe: 'Folder of packs (the scan --out DIR)',
          })
          .option('from', { type: 'string', demandOption: true, describe: 'First night, YYYY-MM-DD (UTC)' })
          .option('to', { type: 'string', demandOption: true, describe: 'Last night, YYYY-MM-DD (UTC)' })
          .option('out', {
            alias: 'o',
            type: 'string',
            describe: 'Folder for period.json, period.html, period.pdf (default: soc2-period-FROM_TO)',
          })
          .option('format', {
            alias: 'f',
            type: 'string',
            array: true,
            describe: 'json, html, pdf (default: json and html)',
          })
          .option('public-key', {
            type: 'string',
            array: true,
            describe: 'Public key (PEM) of a signer you trust (repeatable)',
          })
          .option('trusted-keys', {
            type: 'string',
            describe: 'File of trusted PEM public keys and/or SHA-256 key fingerprints',
          })
          .option('memory-limit', {
            type: 'string',
            describe: 'Memory DuckDB may use before spilling to disk (default 256MB)',
          }),
      async (argv) => {
        const { runPeriod } = await import('./period.js');
        setExitCode(
          await runPeriod(
            {
              dir: argv.dir,
              from: argv.from,
              to: argv.to,
              out: argv.out,
              formats: splitList(argv.format),
              publicKeys: argv['public-key'],
              trustedKeys: argv['trusted-keys'],
              memoryLimit: argv['memory-limit'],
            },
            io,
          ),
        );
      },
    )
    .command(
      'explain [rule]',
      "Print a rule's rationale, remediation (CloudFormation, CDK, CLI) and its ids in other scanners",
      (y) =>
        y
          .positional('rule', { type: 'string', describe: 'Rule id, e.g. storage-encrypted' })
          .option('list', { type: 'boolean', default: false, describe: 'List every rule id' })
          .option('rules-dir', {
            type: 'string',
            array: true,
            describe: 'Also your own rules in this folder',
          }),
      async (argv) => {
        const { explainRule, listRules } = await import('./explain.js');
        const rulesDirs = splitList(argv['rules-dir']);
        const custom =
          rulesDirs.length > 0
            ? await (
                await import('../engine/custom-rules.js')
              ).loadCustomRules(rulesDirs, (await import('../../rules/index.js')).allRules, io.cwd)
            : [];
        if (argv.list) return setExitCode(listRules(io, custom));
        if (argv.rule === undefined)
          throw new InputError('explain needs a rule id: soc2 explain RULE (soc2 explain --list lists them)');
        setExitCode(explainRule(argv.rule, io, custom));
      },
    )
    .demandCommand(1, 'name a command: scan, rules, policy, report, merge, verify, diff, period or explain')
    .strict()
    .help()
    .version(false)
    .exitProcess(false)
    .fail((message, error, usage) => {
      // yargs types the third argument as Argv; at run time it is the usage object of where parsing failed.
      throw (
        error ?? new InputError(usageErrorMessage(message, usage as unknown as Partial<UsageContext>, args))
      );
    });
}

/** yargs reads a lone `-` as a positional argument; `--out -` (stdout) is the common spelling. */
function withDashOut(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if ((arg === '--out' || arg === '-o') && args[index + 1] === '-') {
      out.push('--out=-');
      index += 1;
    } else out.push(arg);
  }
  return out;
}

/** `soc2 --version`: the tool and the rule set, which evolve separately. */
async function versionLine(): Promise<string> {
  const [{ TOOL_NAME, TOOL_VERSION }, { RULES_VERSION }] = await Promise.all([
    import('../version.js'),
    import('../../rules/index.js'),
  ]);
  return `${TOOL_NAME} ${TOOL_VERSION} (rules ${RULES_VERSION})\n`;
}

/** Runs the CLI and returns the exit code; never throws, never calls process.exit. */
export async function main(args: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = EXIT.ok;
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    io.stdout.write(await versionLine());
    return EXIT.ok;
  }
  try {
    let helpOutput = '';
    await parser(
      io,
      (code) => {
        exitCode = code;
      },
      args,
    ).parseAsync(withDashOut(args), {}, (_error, _argv, output) => {
      helpOutput = output;
    });
    if (helpOutput) io.stdout.write(`${helpOutput}\n`);
    return exitCode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const known = error instanceof InputError || (error instanceof Error && error.name === 'YError');
    io.stderr.write(
      `soc2: ${known ? message : `internal error: ${message}`}\n`.replace(/[ \t]*\n(?!$)[ \t]*/g, ' '),
    );
    return known ? EXIT.badInput : EXIT.internalError;
  }
}
