import { unknown } from '../../../../inventory/maybe.js';
import type { BedrockRegionSettings } from '../../../../inventory/model.js';
import type { Output } from '../../normalize/raw.js';
import { GET_MODEL_INVOCATION_LOGGING_CONFIGURATION } from './calls.js';

/** The one settings record of a region, whatever was read for it. */
function regionSettings(
  out: Output,
  fields: Pick<BedrockRegionSettings, 'invocationLogging' | 'notOffered'>,
): BedrockRegionSettings {
  return {
    type: 'bedrock-region-settings',
    id: `${out.account}/${out.region}/bedrock`,
    name: `Bedrock settings ${out.region}`,
    region: out.region,
    origin: out.origin,
    ...fields,
  };
}

export function normalizeBedrock(out: Output): void {
  const answer = out.one(GET_MODEL_INVOCATION_LOGGING_CONFIGURATION);
  // Bedrock answers without loggingConfig when invocation logging was never configured (or was deleted).
  const config = answer.value?.loggingConfig;
  out.add(
    regionSettings(out, {
      invocationLogging:
        answer.unknown ??
        (answer.notFound
          ? unknown(`bedrock:GetModelInvocationLoggingConfiguration in ${out.region} answered "not found"`)
          : config === undefined
            ? undefined
            : {
                ...(config.cloudWatchConfig?.logGroupName
                  ? { cloudWatchLogGroup: config.cloudWatchConfig.logGroupName }
                  : {}),
                ...(config.s3Config?.bucketName ? { s3Bucket: config.s3Config.bucketName } : {}),
              }),
    }),
  );
}

/**
 * A region where AWS does not offer Bedrock (its regional service list): the
 * setting cannot be on nor off there. The rule says NOT_APPLICABLE from
 * `notOffered`; the setting itself stays Unknown, so no reading of it can pass.
 */
export function bedrockNotOffered(out: Output, reason: string): void {
  out.add(regionSettings(out, { invocationLogging: unknown(reason), notOffered: reason }));
}
