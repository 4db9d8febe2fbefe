// Mutation testing of the normalizer code behind the seven planted bugs issue 12 names
// (security-group IPv4/IPv6 ranges, S3 Block Public Access, Config recording, CloudFront
// TLS, trail log-file validation, password length), template and live, line ranges only:
//   nice -n 10 npx stryker run stryker.normalizers.config.mjs --incremental
//   npx tsx scripts/mutation-recheck.ts reports/mutation/normalizers.json --map normalizers
//   npx tsx scripts/mutation-score.ts reports/mutation/normalizers-rechecked.json --name normalizers --scope "..."
// (perTest coverage cannot see the parity and golden tests' beforeAll scans: the re-check runs them.)
// The fact constructors these call are mutated by stryker.facts.config.mjs.
import { scopedRun } from './stryker.scoped.mjs';

const mutate = [
  // Security groups: one IpPermissions entry, prefix-list entries, the group.
  'src/sources/live/services/ec2/normalize.ts:47-73',
  'src/sources/live/services/ec2/normalize.ts:419-441',
  'src/sources/template/normalize/network.ts:60-141',
  // S3 Block Public Access, bucket and account level.
  'src/sources/live/services/s3/normalize.ts:35-51',
  'src/sources/live/services/s3/account-public-access.ts',
  'src/sources/template/normalize/storage.ts:132-143',
  // Config recording.
  'src/sources/live/services/config/normalize.ts',
  // CloudFront TLS and viewer policies.
  'src/sources/live/services/cloudfront/normalize.ts',
  'src/sources/template/normalize/edge.ts:92-145',
  // Trail validation (and the rest of the trail).
  'src/sources/live/services/cloudtrail/normalize.ts',
  'src/sources/template/normalize/trail.ts:51-68',
  // Password policy.
  'src/sources/live/services/iam/normalize.ts:34-50',
];

export default scopedRun({
  name: 'normalizers',
  vitestConfig: 'vitest.stryker-normalizers.config.ts',
  mutate,
});
