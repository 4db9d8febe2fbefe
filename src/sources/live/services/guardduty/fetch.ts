import {
  GetDetectorCommand,
  GuardDutyClient,
  ListFindingsCommand,
  paginateListDetectors,
} from '@aws-sdk/client-guardduty';
import { present, type FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { GET_DETECTOR, HIGH_SEVERITY_CRITERIA, LIST_DETECTORS, LIST_OPEN_HIGH_FINDINGS } from './calls.js';

export async function fetchGuardDuty({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(GuardDutyClient, region);
  const detectors = await sendPages(rec, LIST_DETECTORS, region, undefined, () =>
    paginateListDetectors({ client, pageSize: 50 }, {}),
  );
  const ids = detectors.pages.flatMap((page) => page.DetectorIds ?? []).filter(present);
  await Promise.all(
    ids.flatMap((DetectorId) => [
      send(rec, GET_DETECTOR, region, DetectorId, () => client.send(new GetDetectorCommand({ DetectorId }))),
      send(rec, LIST_OPEN_HIGH_FINDINGS, region, DetectorId, () =>
        client.send(
          new ListFindingsCommand({ DetectorId, FindingCriteria: HIGH_SEVERITY_CRITERIA, MaxResults: 50 }),
        ),
      ),
    ]),
  );
}
