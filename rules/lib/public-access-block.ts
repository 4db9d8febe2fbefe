/** The four S3 Block Public Access settings, as the bucket and account rules read them. */
import type { S3PublicAccessBlock } from '../../src/inventory/model.js';

export const PUBLIC_ACCESS_SETTINGS: readonly (keyof S3PublicAccessBlock)[] = [
  'blockPublicAcls',
  'ignorePublicAcls',
  'blockPublicPolicy',
  'restrictPublicBuckets',
];

/** The settings not on. */
export function settingsOff(block: S3PublicAccessBlock): (keyof S3PublicAccessBlock)[] {
  return PUBLIC_ACCESS_SETTINGS.filter((setting) => block[setting] !== true);
}
