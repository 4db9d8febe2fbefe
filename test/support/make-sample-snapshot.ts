/**
 * Regenerates examples/sample-account/snapshot.json (what `soc2 scan --sample`
 * replays): scans `sampleAccount()` through the loopback AWS server with the
 * real live source. Timestamps are pinned and request ids dropped so that a
 * regeneration only changes when the account or the collectors change.
 *
 *   npx tsx test/support/make-sample-snapshot.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadLiveSource } from '../../src/sources/live/index.js';
import type { Snapshot } from '../../src/sources/snapshot/format.js';
import { PACKAGE_ROOT } from '../../src/version.js';
import { sampleAccount, startFakeAws, type FaultRule } from './aws-server/index.js';

export const SAMPLE_SNAPSHOT_FILE = join(PACKAGE_ROOT, 'examples', 'sample-account', 'snapshot.json');
/** The sample's scan time: verdicts that depend on age (access keys) are judged at this instant. */
export const SAMPLE_SCANNED_AT = '2026-11-25T06:00:00.000Z';
/** As in a real account, the credential report was generated before the scan read it (IAM reuses one for 4 hours). */
export const SAMPLE_CREDENTIAL_REPORT_AT = '2026-11-25T04:12:07.000Z';

function withPinnedDates(recorded: Snapshot['calls'][number]): Snapshot['calls'][number] {
  const call = recorded.at === undefined ? recorded : { ...recorded, at: SAMPLE_SCANNED_AT };
  if (call.service !== 'iam' || call.action !== 'GetCredentialReport') return call;
  return {
    ...call,
    responses: call.responses.map((response) =>
      typeof response === 'object' &&
      response !== null &&
      !Array.isArray(response) &&
      'GeneratedTime' in response
        ? { ...response, GeneratedTime: SAMPLE_CREDENTIAL_REPORT_AT }
        : response,
    ),
  };
}

/**
 * As in many real accounts, one permission is missing (rotation status in
 * eu-west-1): the sample shows that a fact the scanner could not read is
 * UNKNOWN, never PASS.
 */
export const SAMPLE_FAULTS: FaultRule[] = [
  { action: 'kms:GetKeyRotationStatus', region: 'eu-west-1', kind: 'AccessDenied' },
];

export async function makeSampleSnapshot(): Promise<Snapshot> {
  const account = sampleAccount();
  const fake = await startFakeAws({ account });
  fake.setFaults(SAMPLE_FAULTS);
  try {
    const result = await loadLiveSource(
      {
        regions: account.enabledRegions,
        quiet: true,
        endpoint: fake.endpoint,
        credentials: { accessKeyId: 'AKIDSAMPLE', secretAccessKey: 'sample-secret' },
      },
      { stdout: process.stdout, stderr: process.stderr, env: {}, cwd: process.cwd() },
    );
    const snapshot = result.snapshot as Snapshot;
    return {
      ...snapshot,
      startedAt: SAMPLE_SCANNED_AT,
      finishedAt: SAMPLE_SCANNED_AT,
      calls: snapshot.calls.map(({ requestIds: _requestIds, ...call }) => withPinnedDates(call)),
    };
  } finally {
    await fake.close();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/test\//, '/test/'))) {
  const snapshot = await makeSampleSnapshot();
  mkdirSync(dirname(SAMPLE_SNAPSHOT_FILE), { recursive: true });
  writeFileSync(SAMPLE_SNAPSHOT_FILE, `${JSON.stringify(snapshot, null, 1)}\n`);
  console.log(`wrote ${SAMPLE_SNAPSHOT_FILE} (${snapshot.calls.length} calls)`);
}
