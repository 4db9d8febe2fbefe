/**
 * An API Gateway REST stage's cache and logging settings, from a template's
 * Stage (or Deployment StageDescription) or a GetStages answer. API Gateway
 * documents every one of them as off by default; GetStages leaves
 * `methodSettings` and `accessLogSettings` out when none is set.
 */
import { isUnknown, type Maybe, type Unknown } from '../maybe.js';
import type { ApiGatewayStageSettings, StageMethodSetting } from '../model.js';
import { below, type Place, type Raw } from './place.js';
import { setting } from './setting.js';

const SOURCE = 'API Gateway REST API reference, Stage and MethodSetting';

export interface MethodSettingFields {
  key: string;
  CachingEnabled: Raw<boolean>;
  CacheDataEncrypted: Raw<boolean>;
  LoggingLevel: Raw<string>;
}

export interface StageSettingsFields {
  CacheClusterEnabled: Raw<boolean>;
  MethodSettings: Raw<Raw<MethodSettingFields>[]>;
  AccessLogDestination: Raw<string>;
}

function methodSetting(fields: MethodSettingFields, place: Place): StageMethodSetting {
  const at = below(place, `MethodSettings[${fields.key}]`);
  return {
    key: fields.key,
    cachingEnabled: setting(fields.CachingEnabled, at, 'CachingEnabled', {
      createDefault: false,
      defaultSource: SOURCE,
    }),
    cacheDataEncrypted: setting(fields.CacheDataEncrypted, at, 'CacheDataEncrypted', {
      createDefault: false,
      defaultSource: SOURCE,
    }),
    loggingLevel: setting(fields.LoggingLevel, at, 'LoggingLevel', {
      createDefault: 'OFF',
      defaultSource: SOURCE,
    }),
  };
}

export function stageSettings(raw: StageSettingsFields, place: Place): ApiGatewayStageSettings {
  let methodSettings: Maybe<StageMethodSetting[]>;
  const list = setting(raw.MethodSettings, place, 'MethodSettings', {
    createDefault: [],
    describeOmitted: [],
  });
  if (isUnknown(list)) methodSettings = list;
  else {
    const entries: StageMethodSetting[] = [];
    let unreadable: Unknown | undefined;
    for (const entry of list) {
      if (isUnknown(entry)) unreadable ??= entry;
      else if (entry !== undefined) entries.push(methodSetting(entry, place));
    }
    methodSettings = unreadable ?? entries;
  }
  return {
    cacheClusterEnabled: setting(raw.CacheClusterEnabled, place, 'CacheClusterEnabled', {
      createDefault: false,
      defaultSource: SOURCE,
    }),
    methodSettings,
    accessLogDestination: setting(raw.AccessLogDestination, place, 'AccessLogSetting.DestinationArn', {
      createDefault: undefined,
      describeOmitted: undefined,
    }),
  };
}

/** The method-settings key for a CloudFormation ResourcePath and HttpMethod, in the API's form. */
export function methodKey(resourcePath: string, httpMethod: string): string {
  const path = resourcePath === '/*' ? '*' : resourcePath.replace(/\//g, '~1');
  return `${path}/${httpMethod}`;
}
