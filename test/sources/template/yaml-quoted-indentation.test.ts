/**
 * Quoted scalars outside any flow collection whose continuation lines start at
 * column 0 (or left of their key): js-yaml 5 stops with "deficient
 * indentation", PyYAML (SAM CLI, cfn-lint) reads them, and folding drops a
 * continuation line's leading spaces, so the values are PyYAML's.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { InputError } from '../../../src/errors.js';
import { parseYaml } from '../../../src/sources/template/yaml.js';

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'soc2-quoted-indent-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

function parseError(text: string): string {
  let thrown: unknown;
  try {
    parseYaml(text, 'template.yaml');
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(InputError);
  return (thrown as InputError).message;
}

const SHALLOW_QUOTES = `Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: "first \\
second"
      Tags:
        - Key: note
          Value: 'one

two
  three'
        - Key: json
          Value: !Sub "{\\"a\\": \\"\${AWS::Region}\\",
\\"b\\": 1}"
  Later:
    Type: AWS::SNS::Topic
    Properties:
      DisplayName:
        "on its own line
and on"
`;

describe('quoted scalars continued at column 0', () => {
  it('are read as PyYAML reads them, every resource on its own line', () => {
    const { value, resourceLines } = parseYaml(SHALLOW_QUOTES, 'template.yaml');
    // The values PyYAML 6 gives for this text.
    expect(value).toEqual({
      Resources: {
        Queue: {
          Type: 'AWS::SQS::Queue',
          Properties: {
            QueueName: 'first second',
            Tags: [
              { Key: 'note', Value: 'one\ntwo three' },
              { Key: 'json', Value: { 'Fn::Sub': '{"a": "${AWS::Region}", "b": 1}' } },
            ],
          },
        },
        Later: { Type: 'AWS::SNS::Topic', Properties: { DisplayName: 'on its own line and on' } },
      },
    });
    expect([...resourceLines]).toEqual([
      ['Queue', 2],
      ['Later', 16],
    ]);
  });

  it('scan reads the template (no exit 2) and reports the resources at their lines', async () => {
    await writeFile(join(directory, 'quoted.yaml'), SHALLOW_QUOTES);
    const stdout: string[] = [];
    const code = await main(['scan', '--template', 'quoted.yaml', '--format', 'json'], {
      stdout: { write: (chunk: string) => stdout.push(chunk) },
      stderr: { write: () => true },
      env: {},
      cwd: directory,
    });
    expect(code).not.toBe(2);
    const findings = (
      JSON.parse(stdout.join('')) as {
        findings: { ruleId: string; status: string; resource: { logicalId: string; line: number } }[];
      }
    ).findings.filter((finding) => finding.ruleId === 'storage-encrypted');
    expect(
      findings.map((finding) => [finding.resource.logicalId, finding.status, finding.resource.line]),
    ).toEqual([
      ['Queue', 'PASS', 2],
      ['Later', 'FAIL', 16],
    ]);
  });
});

describe('invalid or unrelated text is still refused', () => {
  it('a quoted scalar that never closes', () => {
    expect(
      parseError(
        'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: "abc\ndef\n',
      ),
    ).toBe('template.yaml: invalid YAML at line 6: deficient indentation');
  });

  it('a document marker inside the quoted scalar', () => {
    expect(
      parseError(
        'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: "abc\n---\ndef"\n',
      ),
    ).toMatch(/^template\.yaml: invalid YAML at line 6: /);
  });

  it('a quote in a block scalar is not taken for a quoted scalar: its lines would swallow the key after it', () => {
    // The real quoted scalar's line (a key with '#') is not one the search knows; the nearest
    // quote it finds is in the block scalar, and indenting from there would make `a#b` block text.
    const text = `Resources:
  Queue:
    Type: AWS::SQS::Queue
    Metadata:
      Note: |
        k: "abc
      a#b: 'x
y"'
`;
    expect(parseError(text)).toBe('template.yaml: invalid YAML at line 8: deficient indentation');
  });
});
