import type { DescribeClustersCommandOutput } from '@aws-sdk/client-dax';
import { serviceCalls } from '../../service.js';

const dax = serviceCalls('dax', '@aws-sdk/client-dax', 'dax');

export const DESCRIBE_CLUSTERS = dax.call<DescribeClustersCommandOutput>('DescribeClusters');
