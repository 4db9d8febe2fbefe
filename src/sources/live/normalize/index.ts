/**
 * NORMALIZE: a snapshot (raw responses and errors) -> the inventory. Pure and
 * deterministic; live scans and snapshot replays both run exactly this.
 */
import { Inventory } from '../../../inventory/inventory.js';
import type { Gap, Resource } from '../../../inventory/model.js';
import type { Snapshot } from '../../snapshot/format.js';
import { normalizeApiGateway } from '../services/apigateway/normalize.js';
import { normalizeCloudFront } from '../services/cloudfront/normalize.js';
import { normalizeCloudTrail } from '../services/cloudtrail/normalize.js';
import { normalizeConfig } from '../services/config/normalize.js';
import { normalizeDynamoDb } from '../services/dynamodb/normalize.js';
import { normalizeEc2 } from '../services/ec2/normalize.js';
import { normalizeEfs } from '../services/efs/normalize.js';
import { normalizeElbv2 } from '../services/elbv2/normalize.js';
import { normalizeIam } from '../services/iam/normalize.js';
import { normalizeKms } from '../services/kms/normalize.js';
import { normalizeLogs } from '../services/logs/normalize.js';
import { normalizeRds } from '../services/rds/normalize.js';
import { Output, RawCalls } from './raw.js';
import { normalizeS3 } from '../services/s3/normalize.js';
import { normalizeSns } from '../services/sns/normalize.js';
import { normalizeSqs } from '../services/sqs/normalize.js';
import { normalizeWafCloudFront, normalizeWafRegional } from '../services/wafv2/normalize.js';

type Normalizer = (out: Output) => void;

export const REGIONAL_NORMALIZERS: Record<string, Normalizer> = {
  kms: normalizeKms,
  cloudtrail: normalizeCloudTrail,
  wafv2: normalizeWafRegional,
  config: normalizeConfig,
  rds: normalizeRds,
  ec2: normalizeEc2,
  elbv2: normalizeElbv2,
  apigateway: normalizeApiGateway,
  dynamodb: normalizeDynamoDb,
  efs: normalizeEfs,
  sqs: normalizeSqs,
  sns: normalizeSns,
  logs: normalizeLogs,
};

export const GLOBAL_NORMALIZERS: Record<string, Normalizer> = {
  iam: normalizeIam,
  s3: normalizeS3,
  cloudfront: normalizeCloudFront,
  'wafv2-cloudfront': normalizeWafCloudFront,
};

export function normalizeSnapshot(snapshot: Snapshot, source: 'live' | 'snapshot'): Inventory {
  const raw = new RawCalls(snapshot);
  const account = snapshot.callerIdentity.account;
  const outputs: Output[] = [];
  for (const normalize of Object.values(GLOBAL_NORMALIZERS)) {
    const out = new Output(raw, account, snapshot.partition, snapshot.globalRegion);
    normalize(out);
    outputs.push(out);
  }
  for (const region of snapshot.regions) {
    for (const normalize of Object.values(REGIONAL_NORMALIZERS)) {
      const out = new Output(raw, account, snapshot.partition, region);
      normalize(out);
      outputs.push(out);
    }
  }
  // A multi-region trail is listed by every region; it is one resource.
  const seen = new Set<string>();
  const resources: Resource[] = [];
  for (const resource of outputs.flatMap((out) => out.resources)) {
    const key = `${resource.type}|${resource.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    resources.push(resource);
  }
  const gaps: Gap[] = outputs.flatMap((out) => out.gaps);
  return new Inventory(resources, gaps, {
    source,
    accounts: [account],
    regions: [...snapshot.regions],
    scannedAt: snapshot.startedAt,
  });
}
