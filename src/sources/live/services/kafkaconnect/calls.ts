import type { ListConnectorsCommandOutput } from '@aws-sdk/client-kafkaconnect';
import { serviceCalls } from '../../service.js';

const kafkaconnect = serviceCalls('kafkaconnect', '@aws-sdk/client-kafkaconnect', 'kafkaconnect');

/** Connector summaries carry their encryption in transit to the cluster. */
export const LIST_CONNECTORS = kafkaconnect.call<ListConnectorsCommandOutput>('ListConnectors');
