/**
 * A distribution's access logging and field-level encryption. In a template,
 * logging is on when DistributionConfig.Logging names a bucket (CloudFormation
 * has no Enabled flag); GetDistributionConfig always returns Logging with Enabled.
 * An empty or absent FieldLevelEncryptionId or RealtimeLogConfigArn means none.
 */
import { isUnknown, type Maybe } from '../maybe.js';
import type { CloudFrontSettings } from '../model.js';
import { absent, type Place, type Raw } from './place.js';

export interface CloudFrontSettingsFields {
  /** Live: Logging.Enabled; template: whether Logging.Bucket is set. */
  LoggingEnabled: Raw<boolean>;
  RealtimeLogConfigArn: Raw<string>;
  FieldLevelEncryptionId: Raw<string>;
}

function named(value: Raw<string>): Maybe<boolean> {
  return isUnknown(value) ? value : value !== undefined && value !== '';
}

export function cloudFrontSettings(raw: CloudFrontSettingsFields, place: Place): CloudFrontSettings {
  const realtime = named(raw.RealtimeLogConfigArn);
  let accessLogging: Maybe<boolean>;
  if (realtime === true) accessLogging = true;
  else if (isUnknown(raw.LoggingEnabled)) accessLogging = raw.LoggingEnabled;
  else if (raw.LoggingEnabled === undefined) {
    accessLogging = place.from === 'create' ? false : absent(place, 'Logging.Enabled');
  } else accessLogging = raw.LoggingEnabled;
  if (accessLogging === false && isUnknown(realtime)) accessLogging = realtime;
  return { accessLogging, fieldLevelEncryption: named(raw.FieldLevelEncryptionId) };
}
