/**
 * `soc2 scan --source config`: before the live fetchers run, read from AWS
 * Config the configuration items of the types it can answer for (adapters.ts)
 * and prefill the recorder with them, so those list calls are never sent.
 *
 * Config is used for a type in a region only when a recorder there is
 * recording and its recording group includes the type: a type Config does not
 * record would otherwise look like a region without such resources. Any other
 * doubt (a denied or failed query, items Config could not return) also falls
 * back to the direct call, and the reason is kept for the scan's notes.
 */
import {
  BatchGetResourceConfigCommand,
  ConfigServiceClient,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  paginateSelectResourceConfig,
  type BaseConfigurationItem,
  type ConfigurationRecorder,
  type ConfigurationRecorderStatus,
  type ResourceKey,
  type ResourceType,
} from '@aws-sdk/client-config-service';
import type { JsonValue } from '../../engine/rule.js';
import type { ClientPool } from '../live/clients.js';
import { describeError } from '../live/errors.js';
import type { Recorder } from '../live/recorder.js';
import { send, sendPages } from '../live/service.js';
import {
  BATCH_GET_RESOURCE_CONFIG,
  DESCRIBE_CONFIGURATION_RECORDERS,
  DESCRIBE_CONFIGURATION_RECORDER_STATUS,
  SELECT_RESOURCE_CONFIG,
} from '../live/services/config/calls.js';
import { CALL_ADAPTERS, itemOf, type CallAdapter } from './adapters.js';

/** BatchGetResourceConfig takes at most 100 keys. */
const BATCH_SIZE = 100;

/** Statuses of an item that holds no current configuration. */
const GONE = new Set(['ResourceDeleted', 'ResourceDeletedNotRecorded', 'ResourceNotRecorded']);

export interface ConfigReadOutcome {
  /** `AWS::EC2::Volume in us-east-1` and the like: answered from Config. */
  answered: string[];
  /** Types read directly instead, with why. */
  direct: { resourceType: string; region: string; reason: string }[];
}

/** The resource types a region's recorders are recording now; empty when none is. */
export function recordedTypes(
  recorders: readonly ConfigurationRecorder[],
  statuses: readonly ConfigurationRecorderStatus[],
  wanted: readonly string[],
): Set<string> {
  const recorded = new Set<string>();
  for (const recorder of recorders) {
    const status = statuses.find((candidate) => candidate.name === recorder.name);
    if (status?.recording !== true) continue;
    const group = recorder.recordingGroup;
    const excluded = new Set<string>(group?.exclusionByResourceTypes?.resourceTypes ?? []);
    const listed = new Set<string>(group?.resourceTypes ?? []);
    // No recording group: AWS's default records every supported type.
    const allSupported = group === undefined || group.allSupported === true;
    const strategy = group?.recordingStrategy?.useOnly;
    for (const type of wanted) {
      if (strategy === 'EXCLUSION_BY_RESOURCE_TYPES') {
        if (!excluded.has(type)) recorded.add(type);
      } else if (allSupported || listed.has(type)) {
        recorded.add(type);
      }
    }
  }
  return recorded;
}

export function typeList(types: readonly string[]): string {
  return types.map((type) => `'${type}'`).join(', ');
}

function selectExpression(types: readonly string[]): string {
  return `SELECT resourceId, resourceType WHERE resourceType IN (${typeList(types)})`;
}

function parseConfiguration(item: BaseConfigurationItem): JsonValue | undefined {
  if (item.configuration === undefined) return undefined;
  try {
    return JSON.parse(item.configuration) as JsonValue;
  } catch {
    return undefined;
  }
}

/** Where configuration items come from: the account's own Config, or an organization aggregator. */
export interface ItemSource {
  /** The items of `types` in `region`, the types some item of which could not be returned, or why none could be read. */
  read(
    rec: Recorder,
    region: string,
    types: readonly string[],
  ): Promise<{ items: BaseConfigurationItem[]; unreadable: Set<string> } | { error: string }>;
}

/** The scanned account's own Config in each region: SelectResourceConfig, then BatchGetResourceConfig. */
export function accountConfig(clients: ClientPool): ItemSource {
  return {
    async read(rec, region, types) {
      const client = clients.get(ConfigServiceClient, region);
      const expression = selectExpression(types);
      const selected = await sendPages(rec, SELECT_RESOURCE_CONFIG, region, expression, () =>
        paginateSelectResourceConfig({ client, pageSize: 100 }, { Expression: expression }),
      );
      if (selected.error) return { error: `SelectResourceConfig failed: ${describeError(selected.error)}` };
      const keys: ResourceKey[] = [];
      for (const page of selected.pages) {
        for (const row of page.Results ?? []) {
          const parsed = JSON.parse(row) as { resourceId?: string; resourceType?: string };
          if (parsed.resourceId && parsed.resourceType) {
            keys.push({ resourceId: parsed.resourceId, resourceType: parsed.resourceType as ResourceType });
          }
        }
      }
      const items: BaseConfigurationItem[] = [];
      const unreadable = new Set<string>();
      for (let start = 0, batch = 0; start < keys.length; start += BATCH_SIZE, batch += 1) {
        const resourceKeys = keys.slice(start, start + BATCH_SIZE);
        const answer = await send(rec, BATCH_GET_RESOURCE_CONFIG, region, batch, () =>
          client.send(new BatchGetResourceConfigCommand({ resourceKeys })),
        );
        if (!answer.value) {
          for (const key of resourceKeys) if (key.resourceType) unreadable.add(key.resourceType);
          continue;
        }
        for (const key of answer.value.unprocessedResourceKeys ?? [])
          if (key.resourceType) unreadable.add(key.resourceType);
        items.push(...(answer.value.baseConfigurationItems ?? []));
      }
      return { items, unreadable };
    },
  };
}

async function readRegion(
  rec: Recorder,
  clients: ClientPool,
  region: string,
  outcome: ConfigReadOutcome,
  source: ItemSource,
): Promise<void> {
  const client = clients.get(ConfigServiceClient, region);
  const wanted = CALL_ADAPTERS.map((adapter) => adapter.resourceType);
  const direct = (types: readonly string[], reason: string) => {
    for (const resourceType of types) outcome.direct.push({ resourceType, region, reason });
  };
  // The same calls (and call keys) as the Config collector's: sent once, read by both.
  const [recorders, statuses] = await Promise.all([
    send(rec, DESCRIBE_CONFIGURATION_RECORDERS, region, undefined, () =>
      client.send(new DescribeConfigurationRecordersCommand({})),
    ),
    send(rec, DESCRIBE_CONFIGURATION_RECORDER_STATUS, region, undefined, () =>
      client.send(new DescribeConfigurationRecorderStatusCommand({})),
    ),
  ]);
  if (!recorders.value || !statuses.value) {
    const failed = recorders.error ?? statuses.error;
    direct(wanted, `the recorder could not be read: ${failed ? describeError(failed) : 'no answer'}`);
    return;
  }
  const recorded = recordedTypes(
    recorders.value.ConfigurationRecorders ?? [],
    statuses.value.ConfigurationRecordersStatus ?? [],
    wanted,
  );
  direct(
    wanted.filter((type) => !recorded.has(type)),
    'no recorder in the region is recording this type',
  );
  const adapters = CALL_ADAPTERS.filter((adapter) => recorded.has(adapter.resourceType));
  if (adapters.length === 0) return;
  const types = adapters.map((adapter) => adapter.resourceType);
  const read = await source.read(rec, region, types);
  if ('error' in read) {
    direct(types, read.error);
    return;
  }
  const items = new Map<string, BaseConfigurationItem[]>(types.map((type) => [type, []]));
  for (const item of read.items) if (item.resourceType) items.get(item.resourceType)?.push(item);
  const unreadable = read.unreadable;

  for (const adapter of adapters) {
    const type = adapter.resourceType;
    if (unreadable.has(type)) {
      direct([type], 'Config did not return every configuration item of this type');
      continue;
    }
    const page = pageOf(adapter, items.get(type) ?? []);
    if (!page) {
      direct([type], 'a configuration item of this type holds no readable configuration');
      continue;
    }
    rec.prefill(adapter.call.service, adapter.call.action, region, adapter.call.params(undefined), {
      responses: [page.response],
      at: page.capturedAt ?? new Date().toISOString(),
      via: 'config',
    });
    outcome.answered.push(`${type} in ${region}`);
  }
}

/** The adapted call's one page, or undefined when an item that should hold a configuration does not. */
function pageOf(
  adapter: CallAdapter,
  items: readonly BaseConfigurationItem[],
): { response: Record<string, JsonValue>; capturedAt?: string } | undefined {
  const list: JsonValue[] = [];
  let oldest: Date | undefined;
  for (const item of items) {
    if (item.configurationItemStatus !== undefined && GONE.has(item.configurationItemStatus)) {
      if (item.configurationItemStatus === 'ResourceNotRecorded') return undefined;
      continue;
    }
    const configuration = parseConfiguration(item);
    const shaped = configuration === undefined ? undefined : itemOf(adapter, configuration);
    if (!shaped) return undefined;
    list.push(shaped);
    const captured = item.configurationItemCaptureTime;
    if (captured && (!oldest || captured < oldest)) oldest = captured;
  }
  return {
    response: { [adapter.listField]: list },
    ...(oldest ? { capturedAt: oldest.toISOString() } : {}),
  };
}

/** Reads every region's Config before the fetchers run, so they find the adapted calls answered. */
export async function prefillFromConfig(
  rec: Recorder,
  clients: ClientPool,
  regions: readonly string[],
  source: ItemSource = accountConfig(clients),
): Promise<ConfigReadOutcome> {
  const outcome: ConfigReadOutcome = { answered: [], direct: [] };
  await Promise.all(regions.map((region) => readRegion(rec, clients, region, outcome, source)));
  return outcome;
}
