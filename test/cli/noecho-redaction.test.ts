/**
 * NoEcho parameter values given with --parameters or a parameter file never
 * reach the evidence pack: every file of the pack (PDF text included) is
 * searched for the secret, and the pack still records that a value was given.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/engine/finding.js';
import { REDACTED_PARAMETER } from '../../src/sources/template/index.js';
import { pdfPages } from '../report/pack/pdf-text.js';
import { runCli, type CliRun } from './capture.js';

const SECRET = 'Tr0ub4dor-and-3';
const FILE_SECRET = 'correct-horse-battery';

const TEMPLATE = `Parameters:
  DbPassword:
    Type: String
    NoEcho: true
  ApiToken:
    Type: String
    NoEcho: 'true'
  Env:
    Type: String
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: mysql
      MasterUsername: admin
      MasterUserPassword: !Ref DbPassword
      StorageEncrypted: false
  # Careless but real: a secret that ends up in a resource name.
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub 'logs-\${ApiToken}-\${Env}'
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Sub 'jobs-\${DbPassword}'
`;

let cwd: string;
let run: CliRun;
const files = new Map<string, Buffer>();

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'soc2-noecho-'));
  await writeFile(join(cwd, 'app.yaml'), TEMPLATE);
  await writeFile(
    join(cwd, 'params.json'),
    JSON.stringify([{ ParameterKey: 'ApiToken', ParameterValue: FILE_SECRET }]),
  );
  run = await runCli(
    [
      'scan',
      '-t',
      'app.yaml',
      '-p',
      `DbPassword=${SECRET}`,
      '-p',
      'Env=prod',
      '--parameter-file',
      'params.json',
      '--out',
      'packs',
    ],
    cwd,
  );
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) files.set(entry.name, await readFile(path));
    }
  };
  await walk(join(cwd, 'packs'));
}, 120_000);
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe('NoEcho parameter values', () => {
  it('the pack has every output, the PDF and the HTML report included', () => {
    expect(run.stderr).not.toMatch(/internal error/);
    expect([...files.keys()]).toEqual(
      expect.arrayContaining([
        'findings.json',
        'results.sarif',
        'junit.xml',
        'index.html',
        'evidence.pdf',
        'manifest.json',
        'passing-resources.csv',
      ]),
    );
  });

  it('appear in no file of the pack, in no console output, and not in the PDF text', async () => {
    for (const secret of [SECRET, FILE_SECRET]) {
      for (const [name, bytes] of files) {
        expect(bytes.includes(Buffer.from(secret)), `${secret} in ${name}`).toBe(false);
      }
      expect(run.stdout + run.stderr).not.toContain(secret);
      const pages = await pdfPages(new Uint8Array(files.get('evidence.pdf')!));
      expect(pages.join('\n')).not.toContain(secret);
    }
  }, 60_000);

  it('are recorded only as given; other parameters keep their value', () => {
    const result = JSON.parse(files.get('findings.json')!.toString('utf8')) as ScanResult;
    expect(result.scan.parameters.templateParameters).toEqual({
      ApiToken: REDACTED_PARAMETER,
      DbPassword: REDACTED_PARAMETER,
      Env: 'prod',
    });
    const names = result.findings.map((finding) => finding.resource.name ?? finding.resource.id).join('\n');
    expect(names).not.toContain(SECRET);
    expect(files.get('manifest.json')!.toString('utf8')).toContain(REDACTED_PARAMETER);
  });
});
