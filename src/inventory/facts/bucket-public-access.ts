/** A bucket's S3 Block Public Access settings, with S3's defaults made explicit. */
import { isUnknown, type Maybe } from '../maybe.js';
import type { S3PublicAccessBlock } from '../model.js';
import { absent, type Place, type Raw } from './place.js';

export const PUBLIC_ACCESS_SETTINGS = {
  BlockPublicAcls: 'blockPublicAcls',
  IgnorePublicAcls: 'ignorePublicAcls',
  BlockPublicPolicy: 'blockPublicPolicy',
  RestrictPublicBuckets: 'restrictPublicBuckets',
} as const satisfies Record<string, keyof S3PublicAccessBlock>;

export type PublicAccessSettingsFields = Record<keyof typeof PUBLIC_ACCESS_SETTINGS, Raw<boolean>>;

/**
 * Since April 2023 S3 creates every new bucket with all four settings on
 * ("Amazon S3 Security Changes Are Coming in April of 2023", AWS News Blog;
 * S3 User Guide, "Blocking public access to your Amazon S3 storage"), and
 * CloudFormation creates buckets through the same API: a template that omits
 * PublicAccessBlockConfiguration deploys a fully blocked bucket.
 */
export const NEW_BUCKET_DEFAULT =
  'no PublicAccessBlockConfiguration: S3 blocks all public access on new buckets by default';

/** GetPublicAccessBlock answered NoSuchPublicAccessBlockConfiguration: nothing is blocked at the bucket level. */
export const NONE_CONFIGURED = 'the bucket has no Block Public Access configuration';

/**
 * A setting left out of a configuration is off: PutPublicAccessBlock and
 * AWS::S3::Bucket PublicAccessBlockConfiguration document each as optional,
 * false unless set to true.
 */
export const UNSET_SETTING_DEFAULT = false;

export interface BucketPublicAccess {
  publicAccessBlock: Maybe<S3PublicAccessBlock>;
  /** Set when no configuration was read and a documented default decided the settings. */
  publicAccessBlockDefault?: string;
}

/**
 * `configuration`: the settings, `'none-configured'` for the API's
 * NoSuchPublicAccessBlockConfiguration answer, undefined when absent (a
 * template without the property; a GetPublicAccessBlock answer without it).
 */
export function bucketPublicAccess(
  configuration: Raw<PublicAccessSettingsFields | 'none-configured'>,
  place: Place,
): BucketPublicAccess {
  const allSettings = (value: boolean): S3PublicAccessBlock => ({
    blockPublicAcls: value,
    ignorePublicAcls: value,
    blockPublicPolicy: value,
    restrictPublicBuckets: value,
  });
  if (isUnknown(configuration)) return { publicAccessBlock: configuration };
  if (configuration === 'none-configured')
    return { publicAccessBlock: allSettings(false), publicAccessBlockDefault: NONE_CONFIGURED };
  if (configuration === undefined) {
    return place.from === 'create'
      ? { publicAccessBlock: allSettings(true), publicAccessBlockDefault: NEW_BUCKET_DEFAULT }
      : { publicAccessBlock: absent(place, 'PublicAccessBlockConfiguration') };
  }
  const block = allSettings(UNSET_SETTING_DEFAULT);
  for (const [field, setting] of Object.entries(PUBLIC_ACCESS_SETTINGS)) {
    const value = configuration[field as keyof PublicAccessSettingsFields];
    if (isUnknown(value)) return { publicAccessBlock: value };
    if (value !== undefined) block[setting] = value;
  }
  return { publicAccessBlock: block };
}
