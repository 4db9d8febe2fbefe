import type {
  GetDetectorCommandOutput,
  ListDetectorsCommandOutput,
  ListFindingsCommandOutput,
} from '@aws-sdk/client-guardduty';
import { serviceCalls } from '../../service.js';

const guardduty = serviceCalls('guardduty', '@aws-sdk/client-guardduty', 'guardduty');

export const LIST_DETECTORS = guardduty.call<ListDetectorsCommandOutput>('ListDetectors');

export const GET_DETECTOR = guardduty.call<GetDetectorCommandOutput, string>('GetDetector', {
  params: (DetectorId) => ({ DetectorId }),
  after: [LIST_DETECTORS],
});

/** Severity 7 or more (High and Critical), not archived: one page is enough to tell whether any is open. */
export const HIGH_SEVERITY_CRITERIA = {
  Criterion: { severity: { GreaterThanOrEqual: 7 }, 'service.archived': { Equals: ['false'] } },
};

export const LIST_OPEN_HIGH_FINDINGS = guardduty.call<ListFindingsCommandOutput, string>('ListFindings', {
  params: (DetectorId) => ({ DetectorId, FindingCriteria: 'severity>=7,archived=false' }),
  after: [GET_DETECTOR],
});
