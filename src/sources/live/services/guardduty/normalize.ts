import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import type { Output } from '../../normalize/raw.js';
import { GET_DETECTOR, LIST_DETECTORS, LIST_OPEN_HIGH_FINDINGS } from './calls.js';

function enabled(out: Output, id: string): Maybe<boolean> {
  const answer = out.one(GET_DETECTOR, id);
  if (answer.unknown) return answer.unknown;
  if (answer.notFound) return unknown(`GuardDuty detector ${id}: GetDetector found no detector`);
  const status = answer.value.Status;
  if (status === 'ENABLED' || status === 'DISABLED') return status === 'ENABLED';
  return unknown(`GuardDuty detector ${id}: GetDetector returned status ${status ?? '(none)'}`);
}

function openFindings(out: Output, id: string): Maybe<string[]> {
  const answer = out.one(LIST_OPEN_HIGH_FINDINGS, id);
  if (answer.unknown) return answer.unknown;
  if (answer.notFound) return unknown(`GuardDuty detector ${id}: ListFindings found no detector`);
  // ListFindings always lists FindingIds (empty when none match): without it, nothing was read.
  return answer.value.FindingIds ?? unknown(`GuardDuty detector ${id}: ListFindings returned no FindingIds`);
}

export function normalizeGuardDuty(out: Output): void {
  for (const id of out
    .list(LIST_DETECTORS, ['guardduty-detector'])
    .flatMap((page) => page.DetectorIds ?? [])) {
    out.add({
      type: 'guardduty-detector',
      id: `arn:${out.partition}:guardduty:${out.region}:${out.account}:detector/${id}`,
      arn: `arn:${out.partition}:guardduty:${out.region}:${out.account}:detector/${id}`,
      name: id,
      region: out.region,
      origin: out.origin,
      enabled: enabled(out, id),
      openHighSeverityFindings: openFindings(out, id),
    });
  }
}
