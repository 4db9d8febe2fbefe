/**
 * CDK findings in pull requests: when the cloud assembly carries construct
 * creation traces, SARIF places the finding on the app line that created the
 * construct (a file in the repository), with the synthesized template as a
 * related location; a line outside the repository is only related. The
 * console names the construct path first.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Sarif from 'sarif';
import { EXIT } from '../../src/cli/exit-codes.js';
import { validateSarif } from '../report/outputs/sarif-validator.js';
import { runCli, type CliRun } from './capture.js';

const OUTSIDE = '/build/agent/other-checkout/lib/shared-keys.ts';
let cwd: string;
let run: CliRun;
let results: Sarif.Result[];

const keyTemplate = (logicalId: string, cdkPath: string) =>
  JSON.stringify(
    {
      Resources: {
        [logicalId]: {
          Type: 'AWS::KMS::Key',
          Properties: { EnableKeyRotation: false },
          Metadata: { 'aws:cdk:path': cdkPath },
        },
      },
    },
    null,
    1,
  );

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'soc2-cdk-trace-'));
  await mkdir(join(cwd, 'cdk.out'));
  const inRepo = join(cwd, 'lib', 'app-stack.ts');
  await writeFile(join(cwd, 'cdk.out', 'App.template.json'), keyTemplate('KeyA1B2', 'App/Key/Resource'));
  await writeFile(
    join(cwd, 'cdk.out', 'Shared.template.json'),
    keyTemplate('KeyC3D4', 'Shared/Key/Resource'),
  );
  await writeFile(
    join(cwd, 'cdk.out', 'Shared.metadata.json'),
    JSON.stringify({
      '/Shared/Key/Resource': [
        {
          type: 'aws:cdk:logicalId',
          data: 'KeyC3D4',
          trace: [
            `new Key (${join(cwd, 'node_modules/aws-cdk-lib/aws-kms/lib/key.js')}:1:2000)`,
            `new SharedStack (${OUTSIDE}:7:3)`,
          ],
        },
      ],
    }),
  );
  await writeFile(
    join(cwd, 'cdk.out', 'manifest.json'),
    JSON.stringify({
      version: '48.0.0',
      artifacts: {
        App: {
          type: 'aws:cloudformation:stack',
          properties: { templateFile: 'App.template.json' },
          metadata: {
            '/App/Key/Resource': [
              { type: 'aws:cdk:logicalId', data: 'KeyA1B2' },
              {
                type: 'aws:cdk:creationStack',
                data: [
                  `new Key (${join(cwd, 'node_modules/aws-cdk-lib/aws-kms/lib/key.js')}:1:2000)`,
                  'new Construct (node:internal/modules/cjs/loader:1:1)',
                  `new AppStack (${inRepo}:12:5)`,
                  `Object.<anonymous> (${join(cwd, 'bin', 'app.ts')}:5:1)`,
                ],
              },
            ],
          },
        },
        Shared: {
          type: 'aws:cloudformation:stack',
          properties: { templateFile: 'Shared.template.json' },
          additionalMetadataFile: 'Shared.metadata.json',
        },
      },
    }),
  );
  run = await runCli(['scan', '-t', 'cdk.out', '--rules', 'kms-key-rotation', '-f', 'sarif'], cwd);
  results = (JSON.parse(run.stdout) as Sarif.Log).runs[0]!.results!;
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

const byResource = (id: string) => results.find((result) => result.properties?.resourceId === id)!;

describe('construct creation traces', () => {
  it('an app line in the repository is the primary location; the template is related', () => {
    expect(run.code).toBe(EXIT.failures);
    const result = byResource('App/KeyA1B2');
    expect(result.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'lib/app-stack.ts', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, startColumn: 5 },
    });
    expect(result.locations![0]!.logicalLocations![0]!.fullyQualifiedName).toBe('App/Key/Resource');
    expect(result.relatedLocations![0]!.physicalLocation!.artifactLocation).toEqual({
      uri: 'cdk.out/App.template.json',
      uriBaseId: '%SRCROOT%',
    });
  });

  it('an app line outside the repository is only a related location', () => {
    const result = byResource('Shared/KeyC3D4');
    expect(result.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(
      'cdk.out/Shared.template.json',
    );
    expect(result.relatedLocations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: pathToFileURL(OUTSIDE).href },
      region: { startLine: 7, startColumn: 3 },
    });
  });

  it('the log passes the SARIF validator', async () => {
    const validation = await validateSarif(run.stdout);
    expect(validation.filter((message) => message.level === 'error' || message.level === 'warning')).toEqual(
      [],
    );
  }, 60_000);

  it('the console names the construct path first, then the template and the app line', () => {
    expect(run.stderr).toMatch(
      /\n {4}App\/Key\/Resource \(kms-key App\/KeyA1B2, cdk\.out\/App\.template\.json:\d+, created at \S*lib\/app-stack\.ts:12\): /,
    );
    expect(run.stderr).toContain(
      `Shared/Key/Resource (kms-key Shared/KeyC3D4, cdk.out/Shared.template.json:`,
    );
    expect(run.stderr).toContain(`created at ${OUTSIDE}:7)`);
  });
});
