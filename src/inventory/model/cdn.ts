/** CloudFront settings the logging and encryption rules read. */
import type { Maybe } from '../maybe.js';

export interface CloudFrontSettings {
  /** Standard access logs (Logging) or a real-time log configuration on the default behavior. */
  accessLogging: Maybe<boolean>;
  /** The default cache behavior names a field-level encryption configuration. */
  fieldLevelEncryption: Maybe<boolean>;
}
