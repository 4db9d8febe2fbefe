/**
 * Hostile or oversized templates through the real CLI: prototype keys are
 * data, alias bombs and deep nesting are refused with one line (exit 2),
 * duplicate JSON keys are refused like YAML's, and Rain directives ask for
 * `rain pkg` first.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/cli/exit-codes.js';
import { oneErrorLine, runCli, type CliRun } from '../../cli/capture.js';

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'soc2-hostile-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function scan(fileName: string, text: string, ...extra: string[]): Promise<CliRun> {
  await writeFile(join(directory, fileName), text);
  return runCli(['scan', '-t', fileName, ...extra], directory);
}

/** The console line of each finding of a rule, `<status> ... <logical id> ...`. */
function findingLines(run: CliRun, logicalId: string): string[] {
  return run.stdout.split('\n').filter((line) => line.includes(`/${logicalId} `));
}

describe('prototype keys in templates are data', () => {
  const unencryptedBehindProto = {
    Resources: {
      Db: {
        Type: 'AWS::RDS::DBInstance',
        Properties: { Engine: 'mysql', ['__proto__']: { StorageEncrypted: true } },
      },
    },
  };

  it.each([
    [
      'YAML',
      'proto.yaml',
      'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n      __proto__:\n        StorageEncrypted: true\n',
    ],
    // JSON.stringify writes an own `__proto__` key as a plain key, as an attacker would.
    ['JSON', 'proto.json', JSON.stringify(unencryptedBehindProto)],
  ])(
    '%s: Properties {__proto__: {StorageEncrypted: true}} does not make storage-encrypted PASS',
    async (_, file, text) => {
      expect(text).toContain('__proto__');
      const run = await scan(file, text, '--rules', 'storage-encrypted');
      expect(run.code).toBe(EXIT.failures);
      expect(run.stdout).toMatch(
        /rds-db-instance proto\/Db \(proto\.(yaml|json):\d+\): not encrypted at rest/,
      );
      expect(run.stdout).toContain('0 PASS');
    },
  );

  it('constructor, toString and valueOf as logical ids, parameter, mapping and condition names', async () => {
    const run = await scan(
      'members.yaml',
      `Parameters:
  valueOf: { Type: String, Default: 'false' }
Mappings:
  hasOwnProperty:
    constructor: { Encrypted: 'false' }
Conditions:
  isPrototypeOf: !Equals [!Ref valueOf, 'false']
Resources:
  toString:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: mysql, StorageEncrypted: !Ref valueOf }
  constructor:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: mysql, StorageEncrypted: !FindInMap [hasOwnProperty, constructor, Encrypted] }
  __proto__:
    Type: AWS::RDS::DBInstance
    Condition: isPrototypeOf
    Properties: { Engine: mysql, StorageEncrypted: !If [isPrototypeOf, false, true] }
`,
      '--rules',
      'storage-encrypted',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(EXIT.failures);
    for (const logicalId of ['toString', 'constructor', '__proto__']) {
      expect(findingLines(run, logicalId).join('\n')).toContain('not encrypted at rest');
    }
    expect(run.stdout).toContain('3 FAIL');
  });

  it('a Ref to a resource named valueOf is that resource, not an inherited member', async () => {
    const run = await scan(
      'member-ref.yaml',
      `Resources:
  valueOf:
    Type: AWS::KMS::Key
    Properties: { EnableKeyRotation: true }
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: mysql, StorageEncrypted: true, KmsKeyId: !Ref valueOf }
`,
      '--rules',
      'storage-encrypted-with-cmk',
    );
    expect(run.stdout).toContain('1 PASS');
    expect(run.code).toBe(EXIT.ok);
  });

  it('a Ref to an inherited member name is a reference to nothing', async () => {
    const run = await scan(
      'ref-member.yaml',
      'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties: { Engine: mysql, StorageEncrypted: !Ref toString }\n',
    );
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toContain("Ref to unknown 'toString'");
  });
});

describe('alias bombs and deep nesting: exit 2 with one line naming the file and the limit', () => {
  it('a YAML billion laughs', async () => {
    const levels = ['lol: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let level = 1; level < 9; level += 1) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`l${level}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const text = `Metadata:\n${levels.map((line) => `  ${line}`).join('\n')}\nResources:\n  Bucket: { Type: AWS::S3::Bucket }\n`;
    expect(text.length).toBeLessThan(1000);
    const run = await scan('laughs.yaml', text);
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toMatch(
      /^soc2: laughs\.yaml: invalid YAML at line \d+: aliases expand to more than 1,000,000 nodes \(the limit\)/,
    );
  });

  it('a YAML alias inside its own anchor (a cycle)', async () => {
    const run = await scan(
      'cycle.yaml',
      'Metadata: &loop\n  self: *loop\nResources:\n  B: { Type: AWS::S3::Bucket }\n',
    );
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toContain(
      'cycle.yaml: invalid YAML at line 2: alias *loop is inside its own anchor',
    );
  });

  it('a JSON template nested 10,000 deep', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const run = await scan(
      'deep.json',
      `{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"Tags": ${deep}}}}}`,
    );
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toMatch(
      /^soc2: deep\.json: invalid JSON at line 1, column \d+: nested more than 200 levels deep \(the limit\)$/,
    );
  });

  it('a YAML template nested 10,000 deep', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const run = await scan(
      'deep.yaml',
      `Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Metadata: ${deep}\n`,
    );
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toMatch(
      /^soc2: deep\.yaml: invalid YAML at line 4: nesting exceeded maxDepth \(200\)/,
    );
  });
});

describe('duplicate keys in JSON are refused, as in YAML', () => {
  it('names the file, line, column and key', async () => {
    const run = await scan(
      'dup.json',
      '{\n  "Resources": {\n    "Db": { "Type": "AWS::RDS::DBInstance", "Properties": { "StorageEncrypted": false,\n      "StorageEncrypted": true } }\n  }\n}\n',
    );
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toBe(
      'soc2: dup.json: invalid JSON at line 4, column 7: duplicate key "StorageEncrypted"',
    );
  });

  it('keys that differ only in their escapes are the same key', async () => {
    const run = await scan(
      'dup-escaped.json',
      '{"Resources": {"B": {"Type": "AWS::S3::Bucket"}, "\\u0042": {"Type": "AWS::SQS::Queue"}}}',
    );
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toContain(
      'dup-escaped.json: invalid JSON at line 1, column 50: duplicate key "B"',
    );
  });

  it('the same key in different objects is fine', async () => {
    const run = await scan(
      'same.json',
      '{"Resources": {"A": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "a"}}, "B": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "b"}}}}',
    );
    expect(run.stderr).toBe('');
  });
});

describe('Rain pre-processor directives ask for rain pkg first', () => {
  it.each([
    [
      '!Rain::Embed in YAML',
      'embed.yaml',
      'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Code:\n        ZipFile: !Rain::Embed handler.py\n',
      6,
      '!Rain::Embed',
    ],
    [
      'a Rain::Module resource type',
      'module.yaml',
      'Resources:\n  Site:\n    Type: !Rain::Module ./site.yaml\n',
      3,
      '!Rain::Module',
    ],
    [
      'a Rain::Constants section',
      'constants.yaml',
      'Rain::Constants:\n  name: x\nResources:\n  B: { Type: AWS::S3::Bucket }\n',
      1,
      'Rain::Constants',
    ],
    [
      'Rain::Embed in JSON',
      'embed.json',
      '{\n  "Resources": {\n    "Fn": { "Type": "AWS::Lambda::Function", "Properties": { "Code": { "ZipFile": { "Rain::Embed": "handler.py" } } } }\n  }\n}\n',
      3,
      'Rain::Embed',
    ],
  ])('%s', async (_, file, text, line, directive) => {
    const run = await scan(file, text);
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toBe(
      `soc2: ${file}: line ${line} uses the Rain pre-processor directive ${directive}; package the template first (rain pkg) and scan the packaged output`,
    );
  });
});
