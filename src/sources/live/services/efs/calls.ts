import type { DescribeFileSystemsCommandOutput } from '@aws-sdk/client-efs';
import { serviceCalls } from '../../service.js';

const efs = serviceCalls('efs', '@aws-sdk/client-efs', 'elasticfilesystem');

export const DESCRIBE_FILE_SYSTEMS = efs.call<DescribeFileSystemsCommandOutput>('DescribeFileSystems');
