/**
 * Facts of the workload services (Glue, ECS, Elastic Beanstalk), read the same
 * way from a template's properties and from a Describe answer.
 */
import { isUnknown, unknown, type Maybe } from '../maybe.js';
import type { GlueCloudWatchEncryption, GlueS3Encryption } from '../model.js';
import { absent, type Place, type Raw } from './place.js';

const S3_MODES: Record<string, GlueS3Encryption> = {
  DISABLED: 'DISABLED',
  'SSE-S3': 'SSE-S3',
  'SSE-KMS': 'SSE-KMS',
};
const CLOUDWATCH_MODES: Record<string, GlueCloudWatchEncryption> = {
  DISABLED: 'DISABLED',
  'SSE-KMS': 'SSE-KMS',
};

/**
 * One encryption block of a Glue security configuration. A configuration
 * without the block asks for no encryption of that target (DISABLED); a block
 * without its mode, or a mode Glue does not define, is Unknown.
 */
function glueMode<T>(
  block: Raw<{ mode: Raw<string> }>,
  modes: Record<string, T>,
  place: Place,
  name: string,
): Maybe<T> {
  if (isUnknown(block)) return block;
  if (block === undefined) return modes.DISABLED as T;
  const mode = block.mode;
  if (isUnknown(mode)) return mode;
  if (mode === undefined) return absent(place, name);
  return modes[mode] ?? unknown(`${place.field(name)} is ${mode}, not a mode Glue defines`);
}

export function glueS3Encryption(
  block: Raw<{ mode: Raw<string> }>,
  place: Place,
  name: string,
): Maybe<GlueS3Encryption> {
  return glueMode(block, S3_MODES, place, name);
}

export function glueCloudWatchEncryption(
  block: Raw<{ mode: Raw<string> }>,
  place: Place,
  name: string,
): Maybe<GlueCloudWatchEncryption> {
  return glueMode(block, CLOUDWATCH_MODES, place, name);
}

/**
 * A job without a security configuration: its S3 output is encrypted only when
 * the `--encryption-type` argument asks for SSE-S3 (what Prowler also accepts).
 */
export function glueArgumentEncryption(encryptionType: Raw<string>): Maybe<GlueS3Encryption> {
  if (isUnknown(encryptionType)) return encryptionType;
  return encryptionType === 'sse-s3' ? 'SSE-S3' : 'DISABLED';
}

/** Glue reads job arguments as strings: `"true"` turns continuous logging on, anything else leaves it off. */
export function glueContinuousLogging(argument: Raw<string | boolean>): Maybe<boolean | undefined> {
  if (isUnknown(argument) || argument === undefined) return argument;
  return String(argument).toLowerCase() === 'true';
}

/** One option setting of Elastic Beanstalk (template OptionSettings or DescribeConfigurationSettings). */
export interface OptionSetting {
  namespace: Raw<string>;
  optionName: Raw<string>;
  value: Raw<string | boolean>;
}

export const STREAM_LOGS_NAMESPACE = 'aws:elasticbeanstalk:cloudwatch:logs';

/**
 * `StreamLogs` among option settings; undefined when none sets it. An entry
 * whose namespace or name could not be read may be it: Unknown.
 */
export function streamLogsOption(
  settings: readonly OptionSetting[],
  place: Place,
): Maybe<boolean | undefined> {
  for (const setting of settings) {
    if (isUnknown(setting.namespace)) return setting.namespace;
    if (isUnknown(setting.optionName)) return setting.optionName;
    if (setting.namespace !== STREAM_LOGS_NAMESPACE || setting.optionName !== 'StreamLogs') continue;
    if (isUnknown(setting.value)) return setting.value;
    if (setting.value === undefined) return absent(place, `${STREAM_LOGS_NAMESPACE}:StreamLogs.Value`);
    return String(setting.value).toLowerCase() === 'true';
  }
  return undefined;
}
