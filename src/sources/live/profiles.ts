/**
 * `--profile` (or AWS_PROFILE) must name a profile of the shared config or
 * credentials file; otherwise the SDK's provider chain fails late with a
 * multi-line banner about every provider it tried.
 */
import { parseKnownFiles } from '@smithy/core/config';
import { InputError } from '../../errors.js';

export async function checkProfileExists(
  flag: string | undefined,
  env: Record<string, string | undefined>,
): Promise<void> {
  const fromEnv = env.AWS_PROFILE ?? process.env.AWS_PROFILE;
  // AWS_PROFILE=default with environment credentials and no config file is a working setup.
  const profile = flag ?? (fromEnv === '' || fromEnv === 'default' ? undefined : fromEnv);
  if (profile === undefined) return;
  const profiles = await parseKnownFiles({ profile, ignoreCache: true }).catch(() => ({}));
  if (Object.hasOwn(profiles, profile)) return;
  const source = flag !== undefined ? '' : ' (from AWS_PROFILE)';
  throw new InputError(
    `profile "${profile}"${source} not found in the shared config or credentials file (${env.AWS_CONFIG_FILE ?? '~/.aws/config'}, ${env.AWS_SHARED_CREDENTIALS_FILE ?? '~/.aws/credentials'})`,
  );
}
