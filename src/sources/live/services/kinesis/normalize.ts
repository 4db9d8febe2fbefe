import { unknown } from '../../../../inventory/maybe.js';
import { kinesisEncryption } from '../../../../inventory/facts/analytics.js';
import { describePlace } from '../../../../inventory/facts/place.js';
import { setting } from '../../../../inventory/facts/setting.js';
import type { Output } from '../../normalize/raw.js';
import { DESCRIBE_STREAM_SUMMARY, LIST_STREAMS } from './calls.js';

export function normalizeKinesis(out: Output): void {
  const names = out.list(LIST_STREAMS, ['kinesis-stream']).flatMap((page) => page.StreamNames ?? []);
  for (const name of names) {
    const described = out.one(DESCRIBE_STREAM_SUMMARY, name);
    const summary = described.value?.StreamDescriptionSummary;
    const arn =
      summary?.StreamARN ?? `arn:${out.partition}:kinesis:${out.region}:${out.account}:stream/${name}`;
    const missing =
      described.unknown ?? unknown(`Kinesis stream ${name}: DescribeStreamSummary returned no summary`);
    const place = describePlace(`Kinesis stream ${name}`);
    out.add({
      type: 'kinesis-stream',
      id: arn,
      arn,
      name,
      region: out.region,
      origin: out.origin,
      encryption: summary ? kinesisEncryption(summary.EncryptionType, summary.KeyId, place) : missing,
      retentionHours: summary
        ? setting(summary.RetentionPeriodHours, place, 'RetentionPeriodHours')
        : missing,
    });
  }
}
