import type { ListClustersV2CommandOutput } from '@aws-sdk/client-kafka';
import { serviceCalls } from '../../service.js';

const kafka = serviceCalls('kafka', '@aws-sdk/client-kafka', 'kafka');

/** Provisioned and serverless MSK clusters, with their encryption settings. */
export const LIST_CLUSTERS_V2 = kafka.call<ListClustersV2CommandOutput>('ListClustersV2');
