/**
 * `soc2 scan --org --source config --aggregator NAME`: the configuration items
 * of every member account come from one AWS Config aggregator, queried from
 * the management (or delegated administrator) account, one account and region
 * at a time so memory stays bounded. Whether a member region records a type is
 * still read in that account (its recorders), so a type the member does not
 * record is read directly there instead of being taken as none.
 */
import {
  BatchGetAggregateResourceConfigCommand,
  ConfigServiceClient,
  paginateSelectAggregateResourceConfig,
  type AggregateResourceIdentifier,
  type BaseConfigurationItem,
  type ResourceType,
} from '@aws-sdk/client-config-service';
import type { ClientPool } from '../live/clients.js';
import { describeError } from '../live/errors.js';
import { send, sendPages } from '../live/service.js';
import { BATCH_GET_AGGREGATE_RESOURCE_CONFIG, SELECT_AGGREGATE_RESOURCE_CONFIG } from './aggregator-calls.js';
import { typeList, type ItemSource } from './read.js';

/** BatchGetAggregateResourceConfig takes at most 100 identifiers. */
const BATCH_SIZE = 100;

export interface AggregatorTarget {
  /** The aggregator's name. */
  name: string;
  /** Where it lives (the management account's home region, usually). */
  region: string;
  /** The clients of the account that owns it, not the member's. */
  clients: ClientPool;
  /** The member account whose items are wanted. */
  account: string;
}

export function aggregatorConfig(target: AggregatorTarget): ItemSource {
  return {
    async read(rec, region, types) {
      const client = target.clients.get(ConfigServiceClient, target.region);
      const expression =
        `SELECT resourceId, resourceType, accountId, awsRegion WHERE accountId = '${target.account}' ` +
        `AND awsRegion = '${region}' AND resourceType IN (${typeList(types)})`;
      const selected = await sendPages(rec, SELECT_AGGREGATE_RESOURCE_CONFIG, target.region, expression, () =>
        paginateSelectAggregateResourceConfig(
          { client, pageSize: 100 },
          { Expression: expression, ConfigurationAggregatorName: target.name },
        ),
      );
      if (selected.error) {
        return {
          error: `SelectAggregateResourceConfig on aggregator ${target.name} failed: ${describeError(selected.error)}`,
        };
      }
      const identifiers: AggregateResourceIdentifier[] = [];
      for (const page of selected.pages) {
        for (const row of page.Results ?? []) {
          const parsed = JSON.parse(row) as { resourceId?: string; resourceType?: string };
          if (parsed.resourceId && parsed.resourceType) {
            identifiers.push({
              SourceAccountId: target.account,
              SourceRegion: region,
              ResourceId: parsed.resourceId,
              ResourceType: parsed.resourceType as ResourceType,
            });
          }
        }
      }
      const items: BaseConfigurationItem[] = [];
      const unreadable = new Set<string>();
      for (let start = 0, batch = 0; start < identifiers.length; start += BATCH_SIZE, batch += 1) {
        const ResourceIdentifiers = identifiers.slice(start, start + BATCH_SIZE);
        const answer = await send(
          rec,
          BATCH_GET_AGGREGATE_RESOURCE_CONFIG,
          target.region,
          `${target.account} ${region} ${batch}`,
          () =>
            client.send(
              new BatchGetAggregateResourceConfigCommand({
                ConfigurationAggregatorName: target.name,
                ResourceIdentifiers,
              }),
            ),
        );
        if (!answer.value) {
          for (const id of ResourceIdentifiers) if (id.ResourceType) unreadable.add(id.ResourceType);
          continue;
        }
        for (const id of answer.value.UnprocessedResourceIdentifiers ?? [])
          if (id.ResourceType) unreadable.add(id.ResourceType);
        items.push(...(answer.value.BaseConfigurationItems ?? []));
      }
      return { items, unreadable };
    },
  };
}
