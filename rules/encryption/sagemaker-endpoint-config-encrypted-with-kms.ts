import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'sagemaker-endpoint-config-encrypted-with-kms',
  title: 'SageMaker endpoint configurations encrypt their storage with a KMS key',
  severity: 'medium',
  criteria: ['CC6.1', 'C1.1'],
  family: 'encryption',
  appliesTo: ['sagemaker-endpoint-config'],
  rationale:
    "An endpoint configuration's KmsKeyId encrypts the storage volumes of the instances that host the model, where " +
    "model artifacts and request data can be written. Without it, that data is outside the account's key control.",
  remediation: {
    summary: 'Create a new endpoint configuration with a KmsKeyId and move the endpoint to it.',
    cloudformation: 'AWS::SageMaker::EndpointConfig: `KmsKeyId: !Ref ModelKey`',
    cdk: 'new sagemaker.CfnEndpointConfig(this, "Config", { kmsKeyId: key.keyId, productionVariants: [...] })',
    cli: 'aws sagemaker create-endpoint-config --endpoint-config-name <name> --kms-key-id <key> --production-variants ...',
  },
  equivalents: {
    checkov: ['CKV_AWS_98'],
    prowler: ['sagemaker_endpoint_config_kms_encryption_enabled'],
    steampipe: ['sagemaker_endpoint_configuration_encryption_at_rest_enabled'],
  },
  evaluate(config) {
    if (isUnknown(config.kmsKeyId)) return undetermined(config.kmsKeyId);
    if (config.kmsKeyId === undefined)
      return fail("no KMS key is set for the endpoint's storage volumes", { kmsKeyId: null });
    return pass(`storage encrypted with KMS key ${config.kmsKeyId}`, { kmsKeyId: config.kmsKeyId });
  },
});
