import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import kmsKeyRotation from '../../rules/encryption/kms-key-rotation.js';
import type { Rule } from '../../src/engine/rule.js';
import { runRules } from '../../src/engine/run.js';
import { isValidExpiry, loadSuppressionsFile } from '../../src/engine/suppressions-file.js';
import { InputError } from '../../src/errors.js';
import { Inventory } from '../../src/inventory/inventory.js';
import type { KmsKey } from '../../src/inventory/model.js';

const KNOWN = new Set(['kms-key-rotation', 'storage-encrypted']);
let dir: string;

async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function loadError(name: string, content: string): Promise<InputError> {
  const path = await file(name, content);
  const error = await loadSuppressionsFile(path, KNOWN).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(InputError);
  const inputError = error as InputError;
  expect(inputError.message).toContain(path);
  expect(inputError.message).not.toContain('\n');
  return inputError;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'soc2-suppressions-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadSuppressionsFile', () => {
  it('reads YAML entries, with optional resource and expiry', async () => {
    const path = await file(
      'ok.yaml',
      [
        'suppressions:',
        '  - rule: kms-key-rotation',
        '    resource: "App/*"',
        '    justification: "  Imported key material  "',
        '    expires: 2027-03-31',
        '  - rule: storage-encrypted',
        '    justification: Public website assets',
        '    expires: "2027-03-31T18:00:00+02:00"',
      ].join('\n'),
    );
    expect(await loadSuppressionsFile(path, KNOWN)).toEqual([
      {
        rule: 'kms-key-rotation',
        resource: 'App/*',
        justification: 'Imported key material',
        expires: '2027-03-31',
        file: path,
      },
      {
        rule: 'storage-encrypted',
        justification: 'Public website assets',
        expires: '2027-03-31T18:00:00+02:00',
        file: path,
      },
    ]);
  });

  it('reads JSON too, and an empty list', async () => {
    const path = await file(
      'ok.json',
      JSON.stringify({ suppressions: [{ rule: 'kms-key-rotation', justification: 'x' }] }),
    );
    expect(await loadSuppressionsFile(path, KNOWN)).toEqual([
      { rule: 'kms-key-rotation', justification: 'x', file: path },
    ]);
    expect(await loadSuppressionsFile(await file('none.yaml', 'suppressions: []\n'), KNOWN)).toEqual([]);
  });

  it('reads a relative path against the given working directory and reports it as written', async () => {
    await file('relative.yaml', 'suppressions:\n  - rule: kms-key-rotation\n    justification: x\n');
    expect(await loadSuppressionsFile('relative.yaml', KNOWN, dir)).toEqual([
      { rule: 'kms-key-rotation', justification: 'x', file: 'relative.yaml' },
    ]);
    await expect(loadSuppressionsFile('absent.yaml', KNOWN, dir)).rejects.toThrow(
      'suppressions file absent.yaml: file not found',
    );
  });

  it('refuses a missing file, a directory, an empty or binary file', async () => {
    const missing = join(dir, 'nope.yaml');
    await expect(loadSuppressionsFile(missing, KNOWN)).rejects.toThrow(
      `suppressions file ${missing}: file not found`,
    );
    const folder = join(dir, 'folder');
    await mkdir(folder);
    await expect(loadSuppressionsFile(folder, KNOWN)).rejects.toThrow(/is a directory/);
    expect((await loadError('empty.yaml', '  \n')).message).toMatch(/file is empty/);
    const binary = await file('binary.yaml', Buffer.from([0x00, 0x01, 0xff, 0x00]));
    await expect(loadSuppressionsFile(binary, KNOWN)).rejects.toThrow(/binary content/);
  });

  it('refuses bad YAML with one line', async () => {
    expect((await loadError('bad.yaml', 'suppressions:\n  - rule: [unclosed\n')).message).toMatch(
      /invalid YAML\/JSON/,
    );
    expect((await loadError('dup.yaml', 'suppressions: []\nsuppressions: []\n')).message).toMatch(
      /invalid YAML/,
    );
  });

  it('refuses a wrong shape', async () => {
    expect((await loadError('list.yaml', '- rule: kms-key-rotation\n')).message).toMatch(
      /top-level "suppressions" list/,
    );
    expect((await loadError('map.yaml', 'suppressions: {rule: x}\n')).message).toMatch(/must be a list/);
    expect((await loadError('extra.yaml', 'suppressions: []\nrules: []\n')).message).toMatch(
      /unknown top-level key "rules"/,
    );
    expect((await loadError('scalar.yaml', 'suppressions:\n  - kms-key-rotation\n')).message).toMatch(
      /suppressions\[0\]: expected a mapping/,
    );
  });

  it('names the entry with an unknown rule id, a missing justification, a typo or a bad date', async () => {
    const entry = (fields: string) =>
      `suppressions:\n  - rule: kms-key-rotation\n    justification: ok\n  - ${fields}\n`;
    expect(
      (await loadError('unknown.yaml', entry('rule: kms-rotation\n    justification: x'))).message,
    ).toMatch(/suppressions\[1\] \(rule kms-rotation\): unknown rule id "kms-rotation"/);
    expect((await loadError('nojust.yaml', entry('rule: kms-key-rotation'))).message).toMatch(
      /suppressions\[1\] \(rule kms-key-rotation\): "justification" is missing or empty/,
    );
    expect(
      (await loadError('blank.yaml', entry('rule: kms-key-rotation\n    justification: "   "'))).message,
    ).toMatch(/"justification" is missing or empty/);
    expect((await loadError('norule.yaml', entry('justification: x'))).message).toMatch(
      /suppressions\[1\]: "rule" is missing/,
    );
    expect(
      (
        await loadError(
          'typo.yaml',
          entry('rule: kms-key-rotation\n    justification: x\n    expire: 2020-01-01'),
        )
      ).message,
    ).toMatch(/unknown key "expire"/);
    for (const [name, date] of [
      ['feb30.yaml', '2027-02-30'],
      ['words.yaml', 'next-year'],
      ['nozone.yaml', '"2027-01-01T10:00:00"'],
      ['number.yaml', '20270101'],
    ] as const) {
      expect(
        (await loadError(name, entry(`rule: kms-key-rotation\n    justification: x\n    expires: ${date}`)))
          .message,
      ).toMatch(/suppressions\[1\] \(rule kms-key-rotation\): "expires" .* is not a valid date/);
    }
    expect(
      (await loadError('res.yaml', entry('rule: kms-key-rotation\n    justification: x\n    resource: 42')))
        .message,
    ).toMatch(/"resource" must be a non-empty string/);
  });

  it('accepts only real dates and zoned timestamps', () => {
    expect(isValidExpiry('2028-02-29')).toBe(true);
    expect(isValidExpiry('2027-02-29')).toBe(false);
    expect(isValidExpiry('2027-13-01')).toBe(false);
    expect(isValidExpiry('2027-01-01T00:00:00Z')).toBe(true);
    expect(isValidExpiry('2027-01-01T25:00:00Z')).toBe(false);
  });
});

describe('suppressions file through runRules', () => {
  const key = (id: string): KmsKey => ({
    type: 'kms-key',
    id,
    origin: {
      kind: 'template',
      file: 'app.yaml',
      line: 3,
      logicalId: id.split('/')[1]!,
      stack: 'App',
      cfnType: 'AWS::KMS::Key',
    },
    keyManager: 'CUSTOMER',
    keySpec: 'SYMMETRIC_DEFAULT',
    rotationEnabled: false,
    aliases: [],
  });
  const inventory = new Inventory([key('App/Active'), key('App/Lapsed'), key('App/Other')]);

  it('suppresses until the end of the expiry day, then fails again with the lapsed suppression noted', async () => {
    const path = await file(
      'expiry.yaml',
      [
        'suppressions:',
        '  - rule: kms-key-rotation',
        '    resource: Active',
        '    justification: Waiting for the migration',
        '    expires: 2026-06-30',
        '  - rule: kms-key-rotation',
        '    resource: App/Lapsed',
        '    justification: Old exception',
        '    expires: 2026-05-31',
      ].join('\n'),
    );
    const suppressions = await loadSuppressionsFile(path, KNOWN);
    const run = (now: string) =>
      new Map(
        runRules(inventory, [kmsKeyRotation as Rule], { suppressions, now: new Date(now) }).map((finding) => [
          finding.resource.id,
          finding,
        ]),
      );
    const june = run('2026-06-30T23:59:00Z');
    expect(june.get('App/Active')).toMatchObject({
      status: 'SUPPRESSED',
      suppression: {
        justification: 'Waiting for the migration',
        source: `file:${path}`,
        originalStatus: 'FAIL',
      },
    });
    expect(june.get('App/Lapsed')).toMatchObject({
      status: 'FAIL',
      expiredSuppression: { justification: 'Old exception', expires: '2026-05-31', source: `file:${path}` },
    });
    expect(june.get('App/Other')).toMatchObject({ status: 'FAIL' });
    expect(june.get('App/Other')?.expiredSuppression).toBeUndefined();
    const july = run('2026-07-01T00:00:01Z');
    expect(july.get('App/Active')).toMatchObject({
      status: 'FAIL',
      expiredSuppression: { expires: '2026-06-30' },
    });
  });
});
