/** AWS Backup: plans, vaults, recovery points, and which resources a plan covers. */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';
import type { PolicyStatement } from './policy.js';

export interface BackupPlan extends ResourceBase<'backup-plan'> {
  /**
   * Retention of each rule's recovery points in days (Lifecycle.DeleteAfterDays);
   * undefined for a rule that keeps them until deleted by hand.
   */
  ruleRetentionDays: Maybe<(number | undefined)[]>;
}

/** How a vault's recovery points are encrypted. */
export type VaultEncryption =
  | { state: 'kms'; keyId: string }
  /** No key named: AWS Backup's AWS-managed key (aws/backup), or an AWS-owned key of an air-gapped vault. */
  | { state: 'aws-managed' | 'aws-owned' };

export interface BackupVault extends ResourceBase<'backup-vault'> {
  encryption: Maybe<VaultEncryption>;
  /** Vault Lock configured (compliance or governance): recovery points cannot be deleted early. */
  locked: Maybe<boolean>;
  /** The vault access policy's statements; [] when the vault has none. */
  accessPolicy: Maybe<PolicyStatement[]>;
}

/** One recovery point (live only: recovery points are made by running backups, not declared). */
export interface BackupRecoveryPoint extends ResourceBase<'backup-recovery-point'> {
  vaultName?: string;
  resourceArn?: string;
  encrypted: Maybe<boolean>;
  /** Days from creation to deletion; undefined: kept until deleted by hand. */
  retentionDays: Maybe<number | undefined>;
}

/** A tag condition of a backup selection (ListOfTags or Conditions). */
export interface BackupTagCondition {
  /** STRINGEQUALS (ListOfTags) or StringEquals/StringNotEquals/StringLike/StringNotLike (Conditions). */
  operator: 'equals' | 'not-equals' | 'like' | 'not-like';
  key: string;
  value: string;
}

/**
 * The resources a backup plan covers (AWS::Backup::BackupSelection). Resource
 * entries are inventory ids (template references) or ARNs, possibly with `*`.
 */
export interface BackupSelection extends ResourceBase<'backup-selection'> {
  planId: Maybe<string | undefined>;
  resources: Maybe<string[]>;
  notResources: Maybe<string[]>;
  /** ListOfTags: a resource matching any of them is selected. */
  anyOfTags: Maybe<BackupTagCondition[]>;
  /** Conditions: a selected resource must match all of them. */
  allOfTags: Maybe<BackupTagCondition[]>;
}

/**
 * A resource AWS Backup holds at least one recovery point of
 * (ListProtectedResources, live only).
 */
export interface BackupProtectedResource extends ResourceBase<'backup-protected-resource'> {
  resourceArn: string;
  resourceType?: string;
  lastBackupTime?: string;
}
