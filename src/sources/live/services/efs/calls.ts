import type {
  DescribeBackupPolicyCommandOutput,
  DescribeFileSystemsCommandOutput,
} from '@aws-sdk/client-efs';
import { serviceCalls } from '../../service.js';

const efs = serviceCalls('efs', '@aws-sdk/client-efs', 'elasticfilesystem');

export const DESCRIBE_FILE_SYSTEMS = efs.call<DescribeFileSystemsCommandOutput>('DescribeFileSystems');

/** No account-level call lists backup policies: one per file system. PolicyNotFound: none (backups off). */
export const DESCRIBE_BACKUP_POLICY = efs.call<DescribeBackupPolicyCommandOutput, string>(
  'DescribeBackupPolicy',
  {
    params: (FileSystemId) => ({ FileSystemId }),
    after: [DESCRIBE_FILE_SYSTEMS],
  },
);
