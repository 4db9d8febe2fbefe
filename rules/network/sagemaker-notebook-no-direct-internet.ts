import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'sagemaker-notebook-no-direct-internet',
  title: 'SageMaker notebook instances have no direct internet access',
  severity: 'high',
  criteria: ['CC6.6'],
  family: 'network',
  appliesTo: ['sagemaker-notebook-instance'],
  rationale:
    'Notebook instances are internet-enabled by default: anyone with the notebook open can download code and ' +
    "upload data outside the VPC's controls. With direct internet access disabled, traffic goes through the VPC, " +
    'where security groups, NAT and endpoints decide what it reaches.',
  remediation: {
    summary: 'Put the notebook in a VPC subnet and disable direct internet access (recreate the instance).',
    cloudformation:
      'AWS::SageMaker::NotebookInstance: `DirectInternetAccess: Disabled` with `SubnetId` and `SecurityGroupIds`',
    cli: 'aws sagemaker create-notebook-instance ... --subnet-id <subnet> --security-group-ids <sg> --direct-internet-access Disabled',
  },
  equivalents: {
    checkov: ['CKV_AWS_122'],
    prowler: ['sagemaker_notebook_instance_without_direct_internet_access_configured'],
    steampipe: ['sagemaker_notebook_instance_direct_internet_access_disabled'],
    fsbp: ['SageMaker.1'],
  },
  evaluate(notebook) {
    if (isUnknown(notebook.directInternetAccess)) return undetermined(notebook.directInternetAccess);
    return notebook.directInternetAccess
      ? fail('direct internet access is enabled', { directInternetAccess: true })
      : pass('direct internet access is disabled', { directInternetAccess: false });
  },
});
