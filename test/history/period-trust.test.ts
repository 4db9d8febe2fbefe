/**
 * `soc2 period` with trusted keys: a pack signed by a trusted key counts and
 * is not a gap, one signed by another key is excluded and named; evidence
 * values reach the HTML escaped, never as markup.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import type { PeriodReport } from '../../src/history/period.js';
import { runCli } from '../cli/capture.js';

const keysTemplate = new URL('../cli/fixtures/keys.yaml', import.meta.url).pathname;
const HOSTILE_SCOPE = '<img src=x onerror=alert(1)>';
let work: string;

async function writeKeyPair(name: string): Promise<void> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  await writeFile(join(work, `${name}.pem`), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  await writeFile(join(work, `${name}.pub.pem`), publicKey.export({ type: 'spki', format: 'pem' }));
}

async function scanNight(night: string, extra: string[]): Promise<void> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${night}T02:00:00.000Z`));
  try {
    const run = await runCli(
      [
        'scan',
        '-t',
        keysTemplate,
        '--name',
        HOSTILE_SCOPE,
        '--out',
        'packs',
        '-f',
        'json',
        '-p',
        'RotateLedger=true',
        ...extra,
      ],
      work,
    );
    if (!run.stdout.includes('Evidence pack: ')) throw new Error(`no pack: ${run.stdout}${run.stderr}`);
  } finally {
    vi.useRealTimers();
  }
}

let run: Awaited<ReturnType<typeof runCli>>;
let report: PeriodReport;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'soc2-period-trust-'));
  await writeKeyPair('ours');
  await writeKeyPair('theirs');
  await scanNight('2026-05-01', ['--sign-key', 'ours.pem']);
  await scanNight('2026-05-02', ['--sign-key', 'theirs.pem']);
  await scanNight('2026-05-03', []);
  run = await runCli(
    [
      'period',
      'packs',
      '--from',
      '2026-05-01',
      '--to',
      '2026-05-03',
      '--out',
      'period',
      '--public-key',
      'ours.pub.pem',
    ],
    work,
  );
  report = JSON.parse(await readFile(join(work, 'period', 'period.json'), 'utf8')) as PeriodReport;
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('soc2 period --public-key', () => {
  it('counts the pack signed by the trusted key, excludes the one signed by another key, lists the unsigned one', () => {
    expect(run.code).toBe(EXIT.failures);
    expect(report.trustedKeys).toBe('ours.pub.pem');
    expect(report.packs).toEqual({ inWindow: 3, counted: 2, excluded: 1 });
    expect(report.gaps.untrustedSigners.map((pack) => pack.night)).toEqual(['2026-05-02']);
    expect(report.gaps.untrustedSigners[0]!.problems[0]!.problem).toContain('not a trusted key');
    expect(report.gaps.unsignedPacks.map((pack) => pack.night)).toEqual(['2026-05-03']);
    expect(report.gaps.tamperedPacks).toEqual([]);
    expect(report.gaps.signerNotVerified).toEqual([]);
    const rotation = report.controls.find((control) => control.ruleId === 'kms-key-rotation');
    expect(rotation).toMatchObject({ nightsEvaluated: 2, nightsFailing: 2 });
  });

  it('without a trusted key, signed packs are counted and listed as signer not verified', async () => {
    const open = await runCli(
      ['period', 'packs', '--from', '2026-05-01', '--to', '2026-05-03', '--out', 'open', '-f', 'json'],
      work,
    );
    expect(open.code).toBe(EXIT.incomplete);
    const loose = JSON.parse(await readFile(join(work, 'open', 'period.json'), 'utf8')) as PeriodReport;
    expect(loose.packs.counted).toBe(3);
    expect(loose.gaps.signerNotVerified.map((pack) => pack.night)).toEqual(['2026-05-01', '2026-05-02']);
  });

  it('escapes evidence in the HTML: a scope named like markup stays text', async () => {
    expect(report.scopes).toEqual([HOSTILE_SCOPE]);
    const html = await readFile(join(work, 'period', 'period.html'), 'utf8');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
  });
});
