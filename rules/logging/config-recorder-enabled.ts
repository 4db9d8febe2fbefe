import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'config-recorder-enabled',
  title: 'AWS Config records every supported resource type',
  severity: 'medium',
  criteria: ['CC7.1', 'CC8.1'],
  family: 'logging',
  appliesTo: ['config-recorder'],
  sources: ['live'],
  requiredInEveryRegion: true,
  rationale:
    'AWS Config keeps the configuration history of resources: what changed, when, and how it relates to other ' +
    'resources. It is how changes are detected and how a past state is shown to an auditor.',
  remediation: {
    summary:
      'Create a configuration recorder for all supported resource types with a delivery channel, and start it, in every region used.',
    cloudformation:
      'AWS::Config::ConfigurationRecorder { RecordingGroup: { AllSupported: true, IncludeGlobalResourceTypes: true } } plus AWS::Config::DeliveryChannel',
    cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=<role> --recording-group allSupported=true; aws configservice start-configuration-recorder --configuration-recorder-name default',
  },
  equivalents: {
    prowler: ['config_recorder_all_regions_enabled'],
    steampipe: ['config_enabled_all_regions'],
    fsbp: ['Config.1'],
  },
  evaluate(recorder) {
    if (isUnknown(recorder.recording)) return undetermined(recorder.recording);
    const lastStatus =
      recorder.lastStatus === undefined || isUnknown(recorder.lastStatus)
        ? null
        : (recorder.lastStatus ?? null);
    const evidence = {
      recording: recorder.recording,
      allSupported: isUnknown(recorder.allSupported) ? null : recorder.allSupported,
      lastStatus,
    };
    if (!recorder.recording) return fail('the configuration recorder is stopped', evidence);
    if (lastStatus?.toUpperCase() === 'FAILURE')
      return fail('the recorder is on but its last recording failed', evidence);
    if (isUnknown(recorder.allSupported)) return undetermined(recorder.allSupported, evidence);
    if (!recorder.allSupported) return fail('the recorder records only selected resource types', evidence);
    return pass('recording all supported resource types', evidence);
  },
});
