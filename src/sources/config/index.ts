/**
 * `soc2 scan --source config`: a live scan whose inventory comes from AWS
 * Config's configuration items where Config records them, and from direct
 * calls for everything else (facts Config does not hold: key rotation, trail
 * status, the credential report ...). The same normalizers read both, so the
 * verdicts are the same as a direct scan's (test/sources/config/parity.test.ts).
 */
import type { Io } from '../../io.js';
import type { ClientPool } from '../live/clients.js';
import { loadLiveSource, type LiveOptions } from '../live/index.js';
import type { SourceResult } from '../source.js';
import { accountConfig, prefillFromConfig, type ItemSource } from './read.js';

/** `items`: where configuration items come from (default: the account's own Config; an aggregator for `--org`). */
export async function loadConfigSource(
  options: LiveOptions,
  io: Io,
  items: (clients: ClientPool) => ItemSource = accountConfig,
): Promise<SourceResult> {
  return loadLiveSource(
    {
      ...options,
      beforeFetch: async (rec, clients, regions) => {
        const outcome = await prefillFromConfig(rec, clients, regions, items(clients));
        return {
          inventorySource: 'config',
          answeredByConfig: outcome.answered.sort(),
          readDirectly: outcome.direct
            .map(({ resourceType, region, reason }) => `${resourceType} in ${region}: ${reason}`)
            .sort(),
        };
      },
    },
    io,
  );
}
