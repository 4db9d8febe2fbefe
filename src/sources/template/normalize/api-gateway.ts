/** AWS::ApiGateway::Stage (or a Deployment's StageDescription): cache and logging settings. */
import { createPlace, type Raw } from '../../../inventory/facts/place.js';
import {
  methodKey,
  stageSettings,
  type MethodSettingFields,
} from '../../../inventory/facts/stage-settings.js';
import { Unknown, unknown } from '../../../inventory/maybe.js';
import type { ApiGatewayStageSettings } from '../../../inventory/model.js';
import { linkFact, optionalBoolFact, stringFact, valueAt, type TemplateResource } from './context.js';

function methodSettingsAt(resource: TemplateResource, path: string): Raw<Raw<MethodSettingFields>[]> {
  const list = valueAt(resource, path);
  if (list instanceof Unknown) return unknown(`${resource.logicalId}.${path}: ${list.reason}`);
  if (list === undefined || list === null) return undefined;
  if (!Array.isArray(list)) return unknown(`${resource.logicalId}.${path}: not a list`);
  return list.map((_, index): Raw<MethodSettingFields> => {
    const at = `${path}.${index}`;
    const resourcePath = stringFact(resource, `${at}.ResourcePath`) ?? '/*';
    const httpMethod = stringFact(resource, `${at}.HttpMethod`) ?? '*';
    if (resourcePath instanceof Unknown) return resourcePath;
    if (httpMethod instanceof Unknown) return httpMethod;
    return {
      key: methodKey(resourcePath, httpMethod),
      CachingEnabled: optionalBoolFact(resource, `${at}.CachingEnabled`),
      CacheDataEncrypted: optionalBoolFact(resource, `${at}.CacheDataEncrypted`),
      LoggingLevel: stringFact(resource, `${at}.LoggingLevel`),
    };
  });
}

export function stageSettingsOf(resource: TemplateResource): ApiGatewayStageSettings {
  const deployment = resource.cfnType === 'AWS::ApiGateway::Deployment';
  const prefix = deployment ? 'StageDescription.' : '';
  let methodSettings = methodSettingsAt(resource, `${prefix}MethodSettings`);
  if (deployment && !(methodSettings instanceof Unknown)) {
    // A StageDescription's own CachingEnabled, CacheDataEncrypted and LoggingLevel are those of every method.
    methodSettings = [
      {
        key: '*/*',
        CachingEnabled: optionalBoolFact(resource, `${prefix}CachingEnabled`),
        CacheDataEncrypted: optionalBoolFact(resource, `${prefix}CacheDataEncrypted`),
        LoggingLevel: stringFact(resource, `${prefix}LoggingLevel`),
      },
      ...(methodSettings ?? []),
    ];
  }
  return stageSettings(
    {
      CacheClusterEnabled: optionalBoolFact(resource, `${prefix}CacheClusterEnabled`),
      MethodSettings: methodSettings,
      // `!GetAtt LogGroup.Arn` is known only after deployment, yet names a destination: access logging is on.
      AccessLogDestination: linkFact(resource, `${prefix}AccessLogSetting.DestinationArn`),
    },
    createPlace(resource.logicalId),
  );
}
