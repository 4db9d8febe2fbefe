/** An ec2-launch-template read from an AWS::AutoScaling::LaunchConfiguration (templates only), for messages. */
import type { LaunchTemplate } from '../../src/inventory/model.js';

export function isLaunchConfiguration(resource: LaunchTemplate): boolean {
  return (
    resource.origin.kind === 'template' && resource.origin.cfnType === 'AWS::AutoScaling::LaunchConfiguration'
  );
}
