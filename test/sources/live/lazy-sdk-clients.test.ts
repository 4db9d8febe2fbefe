/**
 * Loading the 56 SDK clients takes seconds, so a service's client is imported
 * only when a live scan fetches that service: the catalog, the IAM policy,
 * help and template or snapshot scans load none.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sdkClientsLoaded } from '../../support/sdk-imports/index.js';

const path = (relative: string) => fileURLToPath(new URL(`../../../${relative}`, import.meta.url));

describe('SDK clients are loaded only by the fetch that sends their calls', () => {
  it('help, template and snapshot scans, the policy and the catalog load none; a fetch module loads its own', async () => {
    const [help, template, snapshot, policy, catalog, s3Fetch] = await sdkClientsLoaded([
      { argv: ['--help'] },
      { argv: ['scan', '--template', path('examples/cloudformation/payments-api.yaml'), '--quiet'] },
      { argv: ['scan', '--snapshot', path('examples/sample-account/snapshot.json'), '--quiet'] },
      { argv: ['policy'] },
      { module: path('src/sources/live/catalog.ts') },
      // The control: the hook does see a client when one is imported.
      { module: path('src/sources/live/services/s3/fetch.ts') },
    ]);
    expect(help).toEqual({ clients: [], exitCode: 0 });
    // 1: the example template and the sample account have failing controls; the scans ran to the end.
    expect(template).toEqual({ clients: [], exitCode: 1 });
    expect(snapshot).toEqual({ clients: [], exitCode: 1 });
    expect(policy).toEqual({ clients: [], exitCode: 0 });
    expect(catalog).toEqual({ clients: [], exitCode: 0 });
    expect(s3Fetch?.clients).toEqual(['@aws-sdk/client-s3', '@aws-sdk/client-s3-control']);
  });
});
