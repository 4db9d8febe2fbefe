/**
 * `soc2 scan --source config`: a live scan whose inventory comes from AWS
 * Config's configuration items where Config records them, and from direct
 * calls for everything else (facts Config does not hold: key rotation, trail
 * status, the credential report ...). The same normalizers read both, so the
 * verdicts are the same as a direct scan's (test/sources/config/parity.test.ts).
 */
import type { Io } from '../../cli/io.js';
import { loadLiveSource, type LiveOptions } from '../live/index.js';
import type { SourceResult } from '../source.js';
import { prefillFromConfig } from './read.js';

export async function loadConfigSource(options: LiveOptions, io: Io): Promise<SourceResult> {
  return loadLiveSource(
    {
      ...options,
      beforeFetch: async (rec, clients, regions) => {
        const outcome = await prefillFromConfig(rec, clients, regions);
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
