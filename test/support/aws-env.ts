/**
 * The SDK's credential chain and endpoint settings read process.env: CLI tests
 * point it at the test credentials and restore it afterwards.
 */
import { TEST_CREDENTIALS } from '../sources/live/helpers.js';

/** Sets the test credentials (and `extra`) in process.env; returns the function that restores it. */
export function useTestAwsEnvironment(extra: Record<string, string> = {}): () => void {
  const saved = { ...process.env };
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
    AWS_REGION: 'us-east-1',
    ...extra,
  });
  delete process.env.AWS_PROFILE;
  return () => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  };
}
