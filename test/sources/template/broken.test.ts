import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { InputError } from '../../../src/errors.js';
import { loadTemplateSource } from '../../../src/sources/template/index.js';

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'soc2-broken-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function loadError(
  fileName: string,
  content: string | Buffer,
  options: { parameterFiles?: string[] } = {},
): Promise<string> {
  await writeFile(join(directory, fileName), content);
  const error = await loadTemplateSource([fileName], {
    parameters: {},
    parameterFiles: options.parameterFiles ?? [],
    cwd: directory,
  }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(InputError);
  const message = (error as InputError).message;
  expect(message).not.toContain('\n');
  return message;
}

const BUCKET = 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n';

describe('broken templates are one-line InputErrors naming the file', () => {
  it.each([
    [
      'bad YAML, with its line',
      'bad.yaml',
      `${BUCKET}    Properties:\n      BucketName: [unclosed\n`,
      /^bad\.yaml: invalid YAML at line \d+: /,
    ],
    [
      'bad JSON, with its line',
      'bad.json',
      '{\n  "Resources": {\n    "Bucket": { "Type": "AWS::S3::Bucket", }\n  }\n}\n',
      /^bad\.json: invalid JSON at line 3: /,
    ],
    [
      'a duplicate key, with its line',
      'dup.yaml',
      `${BUCKET}  Bucket:\n    Type: AWS::SQS::Queue\n`,
      /^dup\.yaml: invalid YAML at line 4: duplicated mapping key$/,
    ],
    [
      'several YAML documents',
      'multi.yaml',
      `${BUCKET}---\n${BUCKET}`,
      /^multi\.yaml: holds 2 YAML documents; a template is one$/,
    ],
    ['an empty file', 'empty.yaml', '  \n\n', /^empty\.yaml: is empty$/],
    [
      'a binary file',
      'binary.template',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]),
      /^binary\.template: is a binary file/,
    ],
    [
      'Resources that is not a mapping',
      'list.yaml',
      'Resources:\n  - Bucket\n',
      /^list\.yaml: Resources is not a mapping$/,
    ],
    ['no Resources section', 'none.yaml', 'Parameters: {}\n', /^none\.yaml: has no Resources section$/],
    ['a top level that is not a mapping', 'scalar.yaml', 'just text\n', /^scalar\.yaml: is not a template/],
    [
      'a resource without Type',
      'notype.yaml',
      'Resources:\n  Bucket:\n    Properties: {}\n',
      /^notype\.yaml: resource Bucket \(line 2\) has no Type$/,
    ],
    [
      'a Ref to nothing',
      'ref.yaml',
      `${BUCKET}    Properties:\n      BucketName: !Ref Foo\n`,
      /^ref\.yaml: Ref to unknown 'Foo' in resource Bucket$/,
    ],
    [
      'a GetAtt to nothing',
      'getatt.yaml',
      `${BUCKET}    Properties:\n      BucketName: !GetAtt Foo.Arn\n`,
      /^getatt\.yaml: Fn::GetAtt to unknown resource 'Foo' in resource Bucket$/,
    ],
    [
      'a Sub variable naming nothing',
      'sub.yaml',
      `${BUCKET}    Properties:\n      BucketName: !Sub '\${Foo}-x'\n`,
      /^sub\.yaml: Ref to unknown 'Foo' in resource Bucket$/,
    ],
    [
      'a DependsOn naming nothing',
      'depends.yaml',
      `${BUCKET}    DependsOn: [Ghost]\n`,
      /^depends\.yaml: DependsOn of resource Bucket names unknown resource 'Ghost'$/,
    ],
    [
      'a resource Condition naming nothing',
      'condition.yaml',
      `${BUCKET}    Condition: Ghost\n`,
      /^condition\.yaml: condition 'Ghost' is not defined in Conditions \(used in resource Bucket\)$/,
    ],
    [
      'an Fn::If naming no condition',
      'if.yaml',
      `${BUCKET}    Properties:\n      BucketName: !If [Ghost, a, b]\n`,
      /^if\.yaml: condition 'Ghost' is not defined/,
    ],
    [
      'a condition depending on itself',
      'cycle.yaml',
      `Conditions:\n  A: !Condition A\n${BUCKET}    Condition: A\n`,
      /^cycle\.yaml: condition A depends on itself$/,
    ],
    [
      'our suppression without a justification',
      'suppress.yaml',
      `${BUCKET}    Metadata:\n      soc2:\n        suppress:\n          - rule: storage-encrypted\n`,
      /^suppress\.yaml:2: resource Bucket: suppression of storage-encrypted in Metadata\.soc2\.suppress has no justification$/,
    ],
  ])('%s', async (_name, fileName, content, expected) => {
    expect(await loadError(fileName, content)).toMatch(expected);
  });

  it('a missing path', async () => {
    const error = await loadTemplateSource(['nowhere.yaml'], {
      parameters: {},
      parameterFiles: [],
      cwd: directory,
    }).catch((thrown: unknown) => thrown);
    expect(error).toEqual(new InputError('nowhere.yaml: no such file or directory'));
  });

  it('a broken parameter file', async () => {
    await writeFile(join(directory, 'params.json'), '{"Parameters": 3}');
    expect(await loadError('ok.yaml', BUCKET, { parameterFiles: ['params.json'] })).toMatch(
      /^params\.json: is not a parameter file/,
    );
  });

  it('a directory without templates', async () => {
    await mkdir(join(directory, 'empty-dir'));
    await writeFile(join(directory, 'empty-dir', 'package.json'), '{"name": "x"}');
    const error = await loadTemplateSource(['empty-dir'], {
      parameters: {},
      parameterFiles: [],
      cwd: directory,
    }).catch((thrown: unknown) => thrown);
    expect(error).toEqual(new InputError('empty-dir: no CloudFormation templates found in this directory'));
  });

  it('exits 2 from the CLI with one line on stderr', async () => {
    await writeFile(join(directory, 'cli.yaml'), `${BUCKET}    Properties:\n      BucketName: !Ref Foo\n`);
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = await main(['scan', '--template', 'cli.yaml'], {
      stdout: { write: (text: string) => stdout.push(text) },
      stderr: { write: (text: string) => stderr.push(text) },
      env: {},
      cwd: directory,
    });
    expect(code).toBe(2);
    expect(stderr.join('')).toBe("soc2: cli.yaml: Ref to unknown 'Foo' in resource Bucket\n");
  });
});
