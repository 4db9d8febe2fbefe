import type { Rule } from '../../src/engine/rule.js';
import ec2DetailedMonitoring from './ec2-detailed-monitoring.js';
import ec2ImdsV2Required from './ec2-imdsv2-required.js';
import ec2ManagedBySsm from './ec2-managed-by-ssm.js';
import ssmAssociationCompliant from './ssm-association-compliant.js';
import ssmPatchCompliant from './ssm-patch-compliant.js';

export const configurationRules: readonly Rule[] = [
  ec2DetailedMonitoring,
  ec2ImdsV2Required,
  ec2ManagedBySsm,
  ssmAssociationCompliant,
  ssmPatchCompliant,
] as Rule[];
