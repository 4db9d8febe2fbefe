import { afterAll, beforeAll } from 'vitest';
import { startFakeAws, type FakeAws, type FakeAwsOptions } from '../support/aws-server/index.js';

export const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'SECRET' };

/** Starts one server for the whole test file; `client()` gives the options for an SDK client. */
export function useFakeAws(options: () => FakeAwsOptions) {
  const handle: { aws?: FakeAws } = {};
  beforeAll(async () => {
    handle.aws = await startFakeAws(options());
  });
  afterAll(async () => {
    await handle.aws?.close();
  });
  return {
    get aws(): FakeAws {
      if (!handle.aws) throw new Error('fake AWS not started');
      return handle.aws;
    },
    client(region = 'us-east-1', extra: Record<string, unknown> = {}) {
      return { endpoint: handle.aws!.endpoint, region, credentials, maxAttempts: 1, ...extra };
    },
  };
}
