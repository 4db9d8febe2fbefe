import type { Rule } from '../../src/engine/rule.js';
import cloudtrailEncryptedKms from './cloudtrail-encrypted-kms.js';
import cloudtrailLogValidation from './cloudtrail-log-validation.js';
import cloudtrailLogging from './cloudtrail-logging.js';
import cloudtrailMultiRegion from './cloudtrail-multi-region.js';
import configRecorderEnabled from './config-recorder-enabled.js';

export const loggingRules: readonly Rule[] = [
  cloudtrailMultiRegion,
  cloudtrailLogValidation,
  cloudtrailEncryptedKms,
  cloudtrailLogging,
  configRecorderEnabled,
] as Rule[];
