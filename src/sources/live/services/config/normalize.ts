import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import type { Output } from '../../normalize/raw.js';
import { DESCRIBE_CONFIGURATION_RECORDERS, DESCRIBE_CONFIGURATION_RECORDER_STATUS } from './calls.js';

export function normalizeConfig(out: Output): void {
  const recorders = out
    .list(DESCRIBE_CONFIGURATION_RECORDERS, ['config-recorder'])
    .flatMap((page) => page.ConfigurationRecorders ?? []);
  const status = out.one(DESCRIBE_CONFIGURATION_RECORDER_STATUS);
  for (const recorder of recorders) {
    const name = recorder.name ?? 'default';
    const id =
      recorder.arn ??
      `arn:${out.partition}:config:${out.region}:${out.account}:configuration-recorder/${name}`;
    const own = status.value?.ConfigurationRecordersStatus?.find((entry) => entry.name === name);
    let recording: Maybe<boolean>;
    if (typeof own?.recording === 'boolean') recording = own.recording;
    else recording = status.unknown ?? unknown(`config recorder ${name}: no status was returned`);
    const group = recorder.recordingGroup;
    let allSupported: Maybe<boolean>;
    if (typeof group?.allSupported === 'boolean') allSupported = group.allSupported;
    else if (group?.recordingStrategy?.useOnly) {
      allSupported = group.recordingStrategy.useOnly === 'ALL_SUPPORTED_RESOURCE_TYPES';
    } else allSupported = unknown(`config recorder ${name}: recording group not returned`);
    out.add({
      type: 'config-recorder',
      id,
      arn: recorder.arn,
      name,
      region: out.region,
      origin: out.origin,
      recording,
      allSupported,
      lastStatus: own ? own.lastStatus : (status.unknown ?? undefined),
    });
  }
}
