/** API Gateway REST stage settings: the stage cache, execution logging and access logging. */
import type { Maybe } from '../maybe.js';

/** One entry of a stage's method settings; `key` as the API returns it: `*\/*` for every method, `~1pets/GET` for one. */
export interface StageMethodSetting {
  key: string;
  cachingEnabled: Maybe<boolean>;
  cacheDataEncrypted: Maybe<boolean>;
  /** OFF, ERROR or INFO. */
  loggingLevel: Maybe<string>;
}

export interface ApiGatewayStageSettings {
  cacheClusterEnabled: Maybe<boolean>;
  methodSettings: Maybe<StageMethodSetting[]>;
  /** Access log destination (a log group or Firehose ARN); undefined: no access logging. */
  accessLogDestination: Maybe<string | undefined>;
}
