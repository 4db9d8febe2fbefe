/** What the database rules share: an Aurora cluster member takes these settings from its cluster. */
import { notApplicable, undetermined, type Outcome } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import type { DbCluster, DbInstance } from '../../src/inventory/model.js';
import { isAuroraMember } from './encryption.js';

export type Database = DbInstance | DbCluster;

/**
 * NOT_APPLICABLE for an Aurora cluster member (`setting` is the cluster's), UNKNOWN
 * when membership could not be told, undefined when the database decides for itself.
 */
export function decidedByCluster(db: Database, setting: string): Outcome | undefined {
  const member = isAuroraMember(db);
  if (member === true) return notApplicable(`Aurora cluster member: ${setting} is set on its DB cluster`);
  if (isUnknown(member)) {
    return undetermined(
      `whether it is an Aurora cluster member (whose cluster sets ${setting}) is unknown: ${member.reason}`,
    );
  }
  return undefined;
}

export function kindOf(db: Database): string {
  return db.type === 'rds-db-instance' ? 'DB instance' : 'DB cluster';
}
