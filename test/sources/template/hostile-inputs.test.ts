/**
 * Templates and cloud assemblies that point elsewhere: nested stacks that nest
 * themselves, paths that leave the scanned input, devices, FIFOs and symbolic
 * links. Each run goes through the real CLI and must end with one clean line.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/cli/exit-codes.js';
import { oneErrorLine, runCli } from '../../cli/capture.js';

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'soc2-hostile-'));
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

const PUBLIC_DB = {
  Type: 'AWS::RDS::DBInstance',
  Properties: { Engine: 'mysql', StorageEncrypted: false, PubliclyAccessible: true },
};
const stack = (templateUrl: string, metadata?: Record<string, string>) => ({
  Type: 'AWS::CloudFormation::Stack',
  Properties: { TemplateURL: templateUrl },
  ...(metadata ? { Metadata: metadata } : {}),
});
const template = (resources: Record<string, unknown>): string => JSON.stringify({ Resources: resources });

async function write(path: string, text: string): Promise<void> {
  await mkdir(join(cwd, path, '..'), { recursive: true });
  await writeFile(join(cwd, path), text);
}

async function assembly(
  directory: string,
  artifacts: Record<string, unknown>,
  files: Record<string, string>,
): Promise<void> {
  await write(join(directory, 'manifest.json'), JSON.stringify({ version: '48.0.0', artifacts }));
  for (const [name, text] of Object.entries(files)) await write(join(directory, name), text);
}

const stackArtifact = (templateFile: string) => ({
  type: 'aws:cloudformation:stack',
  environment: 'aws://111122223333/eu-west-1',
  properties: { templateFile },
});

describe('nested stacks that nest themselves', () => {
  it('a template that nests itself is an input error naming the cycle, not a PASS (the issue repro)', async () => {
    await write('app.json', template({ Db: PUBLIC_DB, Self: stack('./app.json') }));
    const run = await runCli(['scan', '-t', 'app.json'], cwd);
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toBe(
      'soc2: app.json: nested stacks form a cycle: app.json (Self) -> app.json; CloudFormation cannot deploy it',
    );
    expect(run.stdout).not.toMatch(/PASS/);
  });

  it('two templates that nest each other, found in a folder: the cycle is named through both', async () => {
    await write('stacks/a.json', template({ Db: PUBLIC_DB, ToB: stack('b.json') }));
    await write('stacks/b.json', template({ ToA: stack('./a.json') }));
    const run = await runCli(['scan', '-t', 'stacks'], cwd);
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toMatch(
      /nested stacks form a cycle: stacks\/a\.json \(ToB\) -> stacks\/b\.json \(ToA\) -> stacks\/a\.json/,
    );
  });

  it('a cycle through a template that is not among the scanned files is found too', async () => {
    await write('app/main.json', template({ Db: PUBLIC_DB, Child: stack('parts/child.json') }));
    await write('app/parts/child.json', template({ Back: stack('../main.json') }));
    const run = await runCli(['scan', '-t', 'app/main.json'], cwd);
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toMatch(
      /cycle: app\/main\.json \(Child\) -> app\/parts\/child\.json \(Back\) -> app\/main\.json/,
    );
  });

  it('a template nested by another is scanned once, as the nested stack, and still FAILs', async () => {
    await write('stacks/parent.json', template({ Child: stack('child.json') }));
    await write('stacks/child.json', template({ Db: PUBLIC_DB }));
    const run = await runCli(['scan', '-t', 'stacks', '--out', '-', '-f', 'json'], cwd);
    expect(run.code).toBe(EXIT.failures);
    const result = JSON.parse(run.stdout) as { scan: { parameters: { stacks: string[] } } };
    expect(result.scan.parameters.stacks).toEqual(['parent', 'parent/Child']);
  });
});

describe('paths that leave the scanned input are refused with one line', () => {
  const refused = (line: string) => expect(line).toMatch(/leads outside .*; refused|not a regular file/);

  it.each([
    ['../../etc/passwd', /path "\.\.\/\.\.\/etc\/passwd" leads outside cdk\.out; refused/],
    ['/etc/passwd', /path "\/etc\/passwd" leads outside cdk\.out; refused/],
    ['/dev/zero', /path "\/dev\/zero" leads outside cdk\.out; refused/],
  ])('a manifest templateFile %s', async (templateFile, message) => {
    await assembly('cdk.out', { App: stackArtifact(templateFile) }, {});
    const run = await runCli(['scan', '-t', 'cdk.out'], cwd);
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toMatch(message);
  });

  it("a manifest directoryName that is another project's cdk.out", async () => {
    await assembly(
      'other/cdk.out',
      { Other: stackArtifact('Other.template.json') },
      {
        'Other.template.json': template({ Db: PUBLIC_DB }),
      },
    );
    await assembly(
      'app/cdk.out',
      {
        App: stackArtifact('App.template.json'),
        Stage: { type: 'cdk:cloud-assembly', properties: { directoryName: '../../other/cdk.out' } },
      },
      { 'App.template.json': template({ Db: PUBLIC_DB }) },
    );
    const run = await runCli(['scan', '-t', 'app/cdk.out'], cwd);
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toMatch(
      /app\/cdk\.out\/manifest\.json: path "\.\.\/\.\.\/other\/cdk\.out" leads outside/,
    );
  });

  it('a manifest templateFile that is a symbolic link out of the assembly', async () => {
    await write('secret/App.template.json', template({ Db: PUBLIC_DB }));
    await assembly('cdk.out', { App: stackArtifact('App.template.json') }, {});
    await symlink(join(cwd, 'secret/App.template.json'), join(cwd, 'cdk.out/App.template.json'));
    const run = await runCli(['scan', '-t', 'cdk.out'], cwd);
    expect(run.code).toBe(EXIT.badInput);
    refused(oneErrorLine(run));
  });

  it.each([
    ['aws:asset:path', '../../etc/passwd.json', true],
    ['aws:asset:path', '/etc/passwd.json', true],
    ['TemplateURL', '../../etc/passwd', false],
    ['TemplateURL', '/etc/passwd', false],
    ['TemplateURL', '/dev/zero', false],
  ])('a nested stack whose %s is %s', async (field, path, asMetadata) => {
    const nested = asMetadata
      ? stack('https://s3.amazonaws.com/bucket/key.json', { 'aws:asset:path': path })
      : stack(path);
    await assembly(
      'cdk.out',
      { App: stackArtifact('App.template.json') },
      {
        'App.template.json': template({ Db: PUBLIC_DB, Nested: nested }),
      },
    );
    const run = await runCli(['scan', '-t', 'cdk.out'], cwd);
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toMatch(
      new RegExp(
        `cdk\\.out/App\\.template\\.json: path "${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}" leads outside cdk\\.out; refused`,
      ),
    );
    void field;
  });

  it('a lone template nesting a file above its folder', async () => {
    await write('app/main.json', template({ Db: PUBLIC_DB, Up: stack('../shared/x.json') }));
    await write('shared/x.json', template({ Db: PUBLIC_DB }));
    const run = await runCli(['scan', '-t', 'app/main.json'], cwd);
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toBe(
      'soc2: app/main.json: path "../shared/x.json" leads outside app; refused (scan a folder that holds both)',
    );
    // Scanning the folder that holds both reads it.
    const both = await runCli(['scan', '-t', '.', '-q'], cwd);
    expect(both.code).toBe(EXIT.failures);
  });
});

describe('devices, FIFOs and symbolic links: nothing hangs, nothing is skipped silently', () => {
  it('a nested TemplateURL naming a FIFO inside the folder is refused without opening it', async () => {
    execFileSync('mkfifo', [join(cwd, 'pipe.json')]);
    await write('main.json', template({ Db: PUBLIC_DB, Nested: stack('./pipe.json') }));
    const run = await runCli(['scan', '-t', 'main.json'], cwd);
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toBe(
      'soc2: pipe.json: is not a regular file (a device, FIFO or socket); refused',
    );
  }, 10_000);

  it('a FIFO given on the command line is refused', async () => {
    execFileSync('mkfifo', [join(cwd, 'pipe.yaml')]);
    const run = await runCli(['scan', '-t', 'pipe.yaml'], cwd);
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toMatch(/pipe\.yaml: is not a regular file or a directory/);
  }, 10_000);

  it('in a folder: a FIFO, a link to /dev/zero, a dangling link and a link out of the folder are listed; the rest is scanned', async () => {
    await write('stacks/db.json', template({ Db: PUBLIC_DB }));
    await write('stacks/real/queue.yaml', 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n');
    await write('outside/other.json', template({ Db: PUBLIC_DB }));
    execFileSync('mkfifo', [join(cwd, 'stacks/pipe.yaml')]);
    await symlink('/dev/zero', join(cwd, 'stacks/zero.json'));
    await symlink(join(cwd, 'stacks/nothing.json'), join(cwd, 'stacks/dangling.json'));
    await symlink(join(cwd, 'outside/other.json'), join(cwd, 'stacks/escape.json'));
    await symlink(join(cwd, 'outside'), join(cwd, 'stacks/linked-folder'));
    // A link to a template inside the folder is followed (and read under the link's name).
    await symlink(join(cwd, 'stacks/real/queue.yaml'), join(cwd, 'stacks/alias.yaml'));
    const run = await runCli(['scan', '-t', 'stacks', '--out', '-', '-f', 'json'], cwd);
    expect(run.code).toBe(EXIT.badInput);
    const result = JSON.parse(run.stdout) as {
      brokenInputs: { file: string; reason: string }[];
      scan: { parameters: { stacks: string[] } };
    };
    expect(result.brokenInputs).toEqual([
      { file: 'stacks/dangling.json', reason: 'is a symbolic link to nothing (dangling); not read' },
      {
        file: 'stacks/escape.json',
        reason: 'is a symbolic link to a file outside the scanned folder; not read',
      },
      {
        file: 'stacks/linked-folder',
        reason: 'is a symbolic link to a folder outside the scanned folder; not read',
      },
      { file: 'stacks/pipe.yaml', reason: 'is not a regular file (a device, FIFO or socket); not read' },
      {
        file: 'stacks/zero.json',
        reason: 'is a symbolic link to something that is not a regular file; not read',
      },
    ]);
    expect(result.scan.parameters.stacks).toEqual(['alias', 'db', 'queue']);
    expect(run.stderr).toMatch(/Not scanned: broken input files \(5\)/);
    expect(run.stderr).toMatch(/soc2: 5 broken template file\(s\) were not scanned/);
  }, 20_000);
});
