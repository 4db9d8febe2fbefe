import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'sagemaker-notebook-encrypted-with-kms',
  title: 'SageMaker notebook instances encrypt their storage with a KMS key',
  severity: 'medium',
  criteria: ['CC6.1', 'C1.1'],
  family: 'encryption',
  appliesTo: ['sagemaker-notebook-instance'],
  rationale:
    "A notebook's ML storage volume holds notebooks, downloaded datasets and credentials left in files. With a KMS " +
    "key named, access to that data follows the key's policy and every use is logged in CloudTrail; without one, " +
    "the key is outside the account's control. The key can only be set when the instance is created.",
  remediation: {
    summary:
      'Create the notebook instance with a KmsKeyId (replace the instance; the key cannot be added later).',
    cloudformation: 'AWS::SageMaker::NotebookInstance: `KmsKeyId: !Ref NotebookKey`',
    cdk: 'new sagemaker.CfnNotebookInstance(this, "Notebook", { kmsKeyId: key.keyId, ... })',
    cli: 'aws sagemaker create-notebook-instance --notebook-instance-name <name> --kms-key-id <key> ...',
  },
  equivalents: {
    checkov: ['CKV_AWS_22'],
    prowler: ['sagemaker_notebook_instance_encryption_enabled'],
    steampipe: ['sagemaker_notebook_instance_encryption_at_rest_enabled'],
  },
  evaluate(notebook) {
    if (isUnknown(notebook.kmsKeyId)) return undetermined(notebook.kmsKeyId);
    if (notebook.kmsKeyId === undefined)
      return fail("no KMS key is set for the notebook's storage volume", { kmsKeyId: null });
    return pass(`storage encrypted with KMS key ${notebook.kmsKeyId}`, { kmsKeyId: notebook.kmsKeyId });
  },
});
