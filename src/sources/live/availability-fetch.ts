/**
 * FETCH side of availability.ts: reads AWS's region list of each partially
 * offered service (one paginated ssm:GetParametersByPath per service, from one
 * region, through the recorder and the SSM client's rate limit), and says
 * whether a regional collector of such a service is to run in a region.
 */
import { paginateGetParametersByPath, SSMClient } from '@aws-sdk/client-ssm';
import type { ClientPool } from './clients.js';
import { parseServiceRegions, type ServiceAvailability } from './availability.js';
import type { Recorder } from './recorder.js';
import { GET_SERVICE_REGIONS, serviceRegionsPath } from './scan-calls.js';
import { sendPages, type Availability } from './service.js';

/** Page size of GetParametersByPath: its maximum. */
const PAGE_SIZE = 10;

export class AvailabilityLookup {
  private readonly answers = new Map<
    string,
    { availability: Availability; answer: Promise<ServiceAvailability> }
  >();

  /** Starts every lookup at once; collectors wait only for their own service's. */
  constructor(
    rec: Recorder,
    clients: ClientPool,
    readonly region: string,
    availabilities: readonly Availability[],
  ) {
    for (const availability of availabilities) {
      const { ssm } = availability;
      const Path = serviceRegionsPath(ssm);
      const answer = sendPages(rec, GET_SERVICE_REGIONS, region, ssm, () =>
        paginateGetParametersByPath(
          { client: clients.get(SSMClient, region), pageSize: PAGE_SIZE },
          { Path },
        ),
      ).then(({ pages, error }) =>
        parseServiceRegions(ssm, region, { responses: pages, ...(error ? { error } : {}) }),
      );
      this.answers.set(ssm, { availability, answer });
    }
  }

  /** Whether the service is to be called in `region`: not when AWS's list was read and leaves the region out. */
  async offeredIn(availability: Availability, region: string): Promise<boolean> {
    const known = await this.answers.get(availability.ssm)?.answer;
    return known?.offered === undefined || known.offered.has(region);
  }

  /** The services whose list could not be used, with why: they are called in every region. */
  async unread(): Promise<{ title: string; why: string }[]> {
    const result: { title: string; why: string }[] = [];
    for (const { availability, answer } of this.answers.values()) {
      const known = await answer;
      if (known.unread !== undefined) result.push({ title: availability.title, why: known.unread });
    }
    return result;
  }
}
