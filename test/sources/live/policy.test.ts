/**
 * Least privilege: every SDK operation the collectors can send is allowed by
 * the shipped policy, and the policy allows nothing that writes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPERATIONS } from '../../../src/sources/live/operations.js';
import { scannerPolicy } from '../../../src/sources/live/policy.js';
import { PACKAGE_ROOT } from '../../../src/version.js';
import { runCli } from '../../cli/capture.js';
import { sampleAccount } from '../../support/aws-server/index.js';
import { SIGNING_NAME_OF, scanFake } from './helpers.js';

const LIVE_DIR = join(PACKAGE_ROOT, 'src', 'sources', 'live');
/**
 * Read-only by name; GenerateCredentialReport only asks IAM to build the report GetCredentialReport reads;
 * Config's BatchGet and Select (`--source config`) read configuration items, as in AWS's ReadOnlyAccess policy.
 */
const READ_ONLY = /^[a-z0-9-]+:(List|Describe|Get)[A-Za-z0-9]*$/;
const READ_EXCEPTIONS = new Set([
  'iam:GenerateCredentialReport',
  'apigateway:GET',
  'config:BatchGetResourceConfig',
  'config:SelectResourceConfig',
  // Reads up to 100 build projects' settings.
  'codebuild:BatchGetProjects',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** `{ package, operation }` for every `XxxCommand` / `paginateXxx` imported from an SDK client (types end in `Output`). */
function sdkOperationsInSource(): { file: string; pkg: string; operation: string }[] {
  const found: { file: string; pkg: string; operation: string }[] = [];
  const importRe = /import\s*\{([^}]*)\}\s*from\s*'(@aws-sdk\/client-[a-z0-9-]+)'/g;
  for (const file of sourceFiles(LIVE_DIR)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(importRe)) {
      const names = match[1]!.split(',').map((name) => name.trim().replace(/^type\s+/, ''));
      for (const name of names) {
        const operation = /^paginate([A-Z]\w*)$/.exec(name)?.[1] ?? /^([A-Z]\w*)Command$/.exec(name)?.[1];
        if (operation) found.push({ file, pkg: match[2]!, operation });
      }
    }
  }
  return found;
}

function allowedActions(): Set<string> {
  return new Set(scannerPolicy().Statement.flatMap((statement) => statement.Action));
}

describe('scanner IAM policy', () => {
  it('the shipped JSON file and `soc2 policy` print the generated policy', async () => {
    const file = JSON.parse(
      readFileSync(join(PACKAGE_ROOT, 'policy', 'soc2-scanner-policy.json'), 'utf8'),
    ) as unknown;
    expect(file).toEqual(scannerPolicy());
    const run = await runCli(['policy'], PACKAGE_ROOT);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(scannerPolicy());
  });

  it('allows every operation the collectors import, and the source imports are found', () => {
    const operations = sdkOperationsInSource();
    expect(operations.length).toBeGreaterThan(40);
    const allowed = allowedActions();
    for (const { file, pkg, operation } of operations) {
      const entry = OPERATIONS[pkg]?.[operation];
      expect(entry, `${operation} from ${pkg} (${file}) is missing in OPERATIONS`).toBeDefined();
      expect(allowed.has(entry!.iam), `${entry!.iam} not allowed`).toBe(true);
    }
  });

  it('allows only read actions, no wildcards', () => {
    for (const statement of scannerPolicy().Statement) {
      expect(statement.Effect).toBe('Allow');
      for (const action of statement.Action) {
        expect(action).not.toContain('*');
        expect(READ_ONLY.test(action) || READ_EXCEPTIONS.has(action), action).toBe(true);
      }
    }
    const apiGateway = scannerPolicy().Statement.find((statement) =>
      statement.Action.includes('apigateway:GET'),
    );
    expect(apiGateway?.Resource).not.toBe('*');
  });

  it('every request a full scan sends (regions "all") is allowed', async () => {
    const scan = await scanFake(sampleAccount(), { live: { regions: ['all'] } });
    const allowed = allowedActions();
    const byWireName = new Map<string, string>();
    for (const operations of Object.values(OPERATIONS)) {
      for (const [operation, { iam }] of Object.entries(operations)) {
        const prefix = iam.split(':')[0] ?? '';
        byWireName.set(`${SIGNING_NAME_OF[prefix] ?? prefix}:${operation}`, iam);
      }
    }
    const sent = [...new Set(scan.fake.calls.map((call) => call.action))];
    expect(sent.length).toBeGreaterThan(40);
    for (const action of sent) {
      const iam = byWireName.get(action);
      expect(iam, `${action} has no IAM mapping`).toBeDefined();
      expect(allowed.has(iam!), `${action} -> ${iam}`).toBe(true);
    }
  });
});
