/**
 * Where the services AWS does not offer in every region are offered (Bedrock,
 * AppSync, DataSync ...). Calling one where it is not offered fails like a
 * network fault (no endpoint: ENOTFOUND), which would leave its checks
 * UNKNOWN in that region on every scan. AWS publishes the regions of each
 * service as public SSM parameters; a scan reads that list once per service
 * (scan-calls.ts GET_SERVICE_REGIONS, recorded like every call) and calls the
 * service only where it is listed. The decision is made from the recorded
 * answer, here, both when fetching and when normalizing, so a snapshot replay
 * decides exactly as the scan did.
 *
 * Never a guess: a list that could not be read (denied, throttled, network),
 * is empty or holds anything but region names is unread, and the scan falls
 * back to calling every region (failures there stay UNKNOWN).
 *
 * Pure: no SDK client (snapshot replays load none).
 */
import type { JsonValue } from '../../engine/rule.js';
import type { CallError, CallRecord } from '../snapshot/format.js';
import { describeError } from './errors.js';
import { GET_SERVICE_REGIONS, serviceRegionsPath } from './scan-calls.js';
import type { RawCalls } from './normalize/raw.js';
import type { Availability } from './service.js';

const REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/**
 * The regions that answer queries of `/aws/service/global-infrastructure`
 * (AWS Systems Manager user guide, "Calling public parameters for AWS services,
 * Regions, endpoints..."): a scan whose home region is another asks us-east-1.
 */
export const AVAILABILITY_QUERY_REGIONS: ReadonlySet<string> = new Set([
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ap-east-1',
  'ap-south-1',
  'ap-northeast-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-northeast-1',
  'ca-central-1',
  'eu-central-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-north-1',
  'sa-east-1',
]);

/** The scan's home region when it answers these queries; else us-east-1 (other partitions: their home region). */
export function availabilityQueryRegion(homeRegion: string, partition: string): string {
  if (AVAILABILITY_QUERY_REGIONS.has(homeRegion) || partition !== 'aws') return homeRegion;
  return 'us-east-1';
}

export type ServiceAvailability =
  /** AWS's list was read: the service is offered exactly in `offered`. */
  | { offered: ReadonlySet<string>; at: string | undefined; unread?: undefined }
  /** The list could not be used: the service is called in every region. */
  | { unread: string; offered?: undefined };

/** What the answer (pages, or the failure) to a GET_SERVICE_REGIONS call says. */
export function parseServiceRegions(
  ssmName: string,
  region: string,
  answer: { responses: readonly unknown[]; error?: CallError; at?: string },
): ServiceAvailability {
  const action = `${GET_SERVICE_REGIONS.service}:${GET_SERVICE_REGIONS.action}`;
  if (answer.error) {
    return {
      unread: `${action} ${serviceRegionsPath(ssmName)} failed in ${region}: ${describeError(answer.error)}`,
    };
  }
  const offered = new Set<string>();
  for (const page of answer.responses) {
    const parameters = (page as { Parameters?: unknown } | null)?.Parameters;
    if (parameters === undefined) continue;
    if (!Array.isArray(parameters)) return { unread: `${action}: Parameters is not a list` };
    for (const parameter of parameters as unknown[]) {
      const value = (parameter as { Value?: unknown } | null)?.Value;
      if (typeof value !== 'string' || !REGION_NAME.test(value)) {
        return {
          unread: `AWS's region list for ${ssmName} holds a value that is not a region name (${JSON.stringify(value) ?? 'none'})`,
        };
      }
      offered.add(value);
    }
  }
  if (offered.size === 0)
    return { unread: `AWS's region list for ${ssmName} is empty (${serviceRegionsPath(ssmName)})` };
  return { offered, at: answer.at };
}

/** The scan's GET_SERVICE_REGIONS record of one service, in whichever region it was sent. */
function recordOf(calls: readonly CallRecord[], availability: Availability): CallRecord | undefined {
  const path = serviceRegionsPath(availability.ssm);
  return calls.find(
    (call) =>
      call.service === GET_SERVICE_REGIONS.service &&
      call.action === GET_SERVICE_REGIONS.action &&
      call.params?.Path === path,
  );
}

/**
 * The availability recorded in a scan's calls, or undefined when the scan did
 * not look it up (snapshots taken before it did): then every region was called.
 */
export function recordedAvailability(
  calls: readonly CallRecord[],
  availability: Availability,
): ServiceAvailability | undefined {
  const record = recordOf(calls, availability);
  return record && parseServiceRegions(availability.ssm, record.region, record);
}

/** "Bedrock is not offered in af-south-1 (AWS's regional service list, read <time>)". */
export function notOfferedReason(
  availability: Availability,
  region: string,
  known: ServiceAvailability & { offered: ReadonlySet<string> },
): string {
  return `${availability.title} is not offered in ${region} (AWS's regional service list${known.at ? `, read ${known.at}` : ''})`;
}

/** NORMALIZE: reads each service's recorded availability at most once. */
export class AvailabilityBook {
  private readonly known = new Map<string, ServiceAvailability | undefined>();
  constructor(private readonly raw: RawCalls) {}

  of(availability: Availability): ServiceAvailability | undefined {
    if (!this.known.has(availability.ssm)) {
      // Sent from one region (availabilityQueryRegion), which the snapshot does not name otherwise.
      const sentFrom = recordOf(this.raw.snapshot.calls, availability)?.region;
      const record =
        sentFrom === undefined
          ? undefined
          : this.raw.get(
              GET_SERVICE_REGIONS.service,
              GET_SERVICE_REGIONS.action,
              sentFrom,
              GET_SERVICE_REGIONS.params(availability.ssm),
            );
      this.known.set(
        availability.ssm,
        record && parseServiceRegions(availability.ssm, record.region, record),
      );
    }
    return this.known.get(availability.ssm);
  }

  /** The reason `availability`'s service was not called in `region`, or undefined when it was (or should have been). */
  notOfferedReason(availability: Availability, region: string): string | undefined {
    const known = this.of(availability);
    if (known?.offered === undefined || known.offered.has(region)) return undefined;
    return notOfferedReason(availability, region, known);
  }
}

/**
 * What the scan data says of each looked-up service: the scanned regions
 * where it is not offered, or why its list was not used.
 */
export function availabilitySummary(
  calls: readonly CallRecord[],
  availabilities: readonly Availability[],
  regions: readonly string[],
): Record<string, JsonValue> {
  const summary: Record<string, JsonValue> = {};
  for (const availability of availabilities) {
    const known = recordedAvailability(calls, availability);
    if (!known) continue;
    const offered = known.offered;
    summary[availability.ssm] = offered
      ? { notOfferedIn: regions.filter((region) => !offered.has(region)) }
      : { unread: known.unread, calledIn: 'every scanned region' };
  }
  return summary;
}
